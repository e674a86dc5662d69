import { Fragment, useState } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { useAsOf, useDataset, useDerivations, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { eventHref, openEvent } from '../common/event-link';
import { effectNote } from '../../derive/effect-notes';
import { DatedNote } from '../common/DatedNote';
import { issueStatusMark } from '../common/labels';
import { Sparkline } from './Sparkline';
import { Explainer } from './Explainer';

/**
 * Where each issue stood on the cursor date, since when, and why. A table; below 700 px CSS
 * stacks each row as a card, every cell led by its column's name (data-label).
 */
export function IssueTracker() {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const showOnlyIssue = useTracker((s) => s.showOnlyIssue);
  const derived = useDerivations();
  // an issue with no event known on the cursor date had not opened: it is not listed then
  const opened = derived.knownOn(asOf).issues;
  const rows = derived.issueRows(asOf).filter((row) => opened.has(row.id));
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.issues;
  const fromYear = core.format.year(+derived.seriesFrom.slice(0, 4));
  const perYear = t.columns.perYear(fromYear);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="issue-tracker" aria-labelledby="tracker-heading">
      <h2 id="tracker-heading">{t.heading}</h2>
      <p className="section-note">{t.asOf(core.format.shortDate(asOf))}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.columns.issue}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.since}</th>
            <th scope="col">{t.columns.setBy}</th>
            <th scope="col">{t.columns.events}</th>
            <th scope="col">{perYear}</th>
            <th scope="col">
              <span className="visually-hidden">{t.columns.explainer}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const setBy = row.setBy ? names.events.get(row.setBy) : undefined;
            const issue = dataset.issues.find((i) => i.id === row.id)!;
            const note = effectNote(setBy, { issue: row.id });
            return (
              <Fragment key={row.id}>
                <tr data-issue={row.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => showOnlyIssue(row.id)}
                      aria-label={t.showOnly(row.name)}
                    >
                      {row.name}
                    </button>
                  </th>
                  <td
                    className={`status status-${row.status ?? 'none'}`}
                    data-label={t.columns.status}
                  >
                    {row.status ? (
                      <>
                        <span aria-hidden="true">{issueStatusMark[row.status]} </span>
                        {core.status.issue[row.status]}
                      </>
                    ) : (
                      // events recorded, none of which set a status
                      t.noStatusYet
                    )}
                  </td>
                  <td data-label={t.columns.since}>
                    {row.since ? core.format.shortDate(row.since) : p.common.none}
                  </td>
                  <td data-label={t.columns.setBy}>
                    {setBy ? (
                      <a
                        href={eventHref(setBy.id)}
                        onClick={(e) => {
                          e.preventDefault();
                          openEvent(setBy.id, e.currentTarget);
                        }}
                      >
                        {setBy.title}
                      </a>
                    ) : (
                      p.common.none
                    )}
                    {note && row.since && (
                      <DatedNote date={row.since} className="status-note muted">
                        {note}
                      </DatedNote>
                    )}
                  </td>
                  <td className="num" data-label={t.columns.events}>
                    {core.format.number(row.count)}
                  </td>
                  <td data-label={perYear}>
                    <Sparkline
                      values={row.trend}
                      label={t.trend(
                        row.name,
                        fromYear,
                        t.counts(row.trend.map(core.format.number)),
                      )}
                    />
                  </td>
                  <td className="explain-cell">
                    <button
                      type="button"
                      className="button small"
                      aria-expanded={open === row.id}
                      aria-controls={`explainer-${row.id}`}
                      aria-label={t.explainIssue(row.name)}
                      onClick={() => setOpen(open === row.id ? null : row.id)}
                    >
                      {t.explain}
                    </button>
                  </td>
                </tr>
                {open === row.id && (
                  <tr className="explainer-row">
                    <td colSpan={7} id={`explainer-${row.id}`}>
                      <Explainer issue={issue} asOf={asOf} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
