import { Fragment, useState } from 'react';
import { formatShortDate } from '../../derive/dates';
import { useAsOf, useDataset, useDerivations, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { eventHref, openEvent } from '../common/event-link';
import { issueStatusLabel, issueStatusMark } from '../common/labels';
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
  const rows = derived.issueRows(asOf);
  const fromYear = derived.seriesFrom.slice(0, 4);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="issue-tracker" aria-labelledby="tracker-heading">
      <h2 id="tracker-heading">Issue tracker</h2>
      <p className="section-note">Status of each issue as of {formatShortDate(asOf)}.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Set by</th>
            <th scope="col">Events</th>
            <th scope="col">Per year since {fromYear}</th>
            <th scope="col">
              <span className="visually-hidden">Explainer</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const setBy = row.setBy ? names.events.get(row.setBy) : undefined;
            const issue = dataset.issues.find((i) => i.id === row.id)!;
            return (
              <Fragment key={row.id}>
                <tr data-issue={row.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => showOnlyIssue(row.id)}
                      aria-label={`Show only ${row.name} on the timeline`}
                    >
                      {row.name}
                    </button>
                  </th>
                  <td className={`status status-${row.status ?? 'none'}`} data-label="Status">
                    {row.status ? (
                      <>
                        <span aria-hidden="true">{issueStatusMark[row.status]} </span>
                        {issueStatusLabel[row.status]}
                      </>
                    ) : (
                      'Not yet open'
                    )}
                  </td>
                  <td data-label="Since">{row.since ? formatShortDate(row.since) : '—'}</td>
                  <td data-label="Set by">
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
                      '—'
                    )}
                  </td>
                  <td className="num" data-label="Events">
                    {row.count}
                  </td>
                  <td data-label={`Per year since ${fromYear}`}>
                    <Sparkline
                      values={row.trend}
                      label={`${row.name}: events per year since ${fromYear}: ${row.trend.join(', ')}`}
                    />
                  </td>
                  <td className="explain-cell">
                    <button
                      type="button"
                      className="button small"
                      aria-expanded={open === row.id}
                      aria-controls={`explainer-${row.id}`}
                      aria-label={`Explain ${row.name}`}
                      onClick={() => setOpen(open === row.id ? null : row.id)}
                    >
                      Explain
                    </button>
                  </td>
                </tr>
                {open === row.id && (
                  <tr className="explainer-row">
                    <td colSpan={7} id={`explainer-${row.id}`}>
                      <Explainer issue={issue} />
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
