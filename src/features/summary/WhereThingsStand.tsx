import { useMemo } from 'react';
import { whereThingsStand, type StandingIssue } from '../../derive/where-things-stand';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { summary as enSummary } from '../../i18n/en/summary';
import { useAsOf, useDerivations, useNames } from '../../store/hooks';
import { issueColorVar, issueStatusMark } from '../common/labels';
import { Around, Day, EventLink } from './StandingParts';
import { SummitLine } from './SummitLine';

/**
 * Issue lines shown open at most; beyond it the active issues fold under one line that names
 * them, so that at a cursor with many issues in play the summary still fits a phone's first
 * screen (320 × 640), escalation first.
 */
const OPEN_LINES = 5;

/** The lines shown open, and the active ones folded under "Also active: …" when too many. */
function openAndFolded(issues: readonly StandingIssue[]) {
  const escalating = issues.filter((l) => l.status === 'escalating');
  if (issues.length <= OPEN_LINES || escalating.length === 0)
    return { open: issues, folded: [] as StandingIssue[] };
  return { open: escalating, folded: issues.filter((l) => l.status !== 'escalating') };
}

/**
 * The lines the page opens with, as of the cursor: the issues escalating or active (since
 * when, and the event that set each), where the summit stood and which of its conditions
 * were not met, and the latest events. Prerendered; it hydrates from its own chunk.
 */
export function WhereThingsStand() {
  const names = useNames();
  const asOf = useAsOf();
  const derived = useDerivations();
  // computed here, not in the shared derivations, so that its code stays in this part's chunk
  const stand = useMemo(
    () => whereThingsStand(derived.dataset, asOf, derived.index),
    [derived, asOf],
  );
  const core = useMessages('core', enCore);
  const t = useMessages('summary', enSummary);
  const { open, folded } = openAndFolded(stand.issues);
  return (
    <section className="standing" aria-labelledby="standing-heading">
      <h2 id="standing-heading">
        <Around parts={t.heading}>
          <Day iso={asOf} />
        </Around>
      </h2>
      {stand.issues.length === 0 ? (
        <p className="standing-issues">{t.noIssue}</p>
      ) : (
        <div className="standing-issues-block">
          <ul className="standing-issues" aria-label={t.issuesLabel}>
            {open.map((line) => (
              <IssueLine key={line.issueId} line={line} />
            ))}
          </ul>
          {folded.length > 0 && (
            <details className="standing-also">
              <summary>
                {t.alsoActive(
                  core.format.list(folded.map((l) => names.issues.get(l.issueId) ?? l.issueId)),
                )}
              </summary>
              <ul className="standing-issues" aria-label={t.alsoActiveLabel}>
                {folded.map((line) => (
                  <IssueLine key={line.issueId} line={line} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {stand.summits.map((s) => (
        <SummitLine key={s.summitId} standing={s} />
      ))}
      <h3 className="standing-latest-heading">{t.latestHeading}</h3>
      {stand.latest.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <ol className="standing-latest">
          {stand.latest.map((e) => (
            <li key={e.eventId}>
              <Day iso={e.date} precision={e.precision} /> <EventLink id={e.eventId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One issue: its name, status word and mark, since when, and the event that set it. */
function IssueLine({ line }: { line: StandingIssue }) {
  const names = useNames();
  const core = useMessages('core', enCore);
  const t = useMessages('summary', enSummary);
  return (
    <li style={{ ['--issue' as string]: issueColorVar(names.issueIndex.get(line.issueId) ?? 0) }}>
      <strong className="standing-issue">{names.issues.get(line.issueId)}</strong>{' '}
      <span className={`status status-${line.status}`}>
        <span aria-hidden="true">{issueStatusMark[line.status]} </span>
        {core.status.issue[line.status]}
      </span>{' '}
      <Around parts={t.since}>
        <Day iso={line.since} precision={line.precision} />
      </Around>
      {' · '}
      <span className="visually-hidden">{t.setBy} </span>
      <EventLink id={line.eventId} />
    </li>
  );
}
