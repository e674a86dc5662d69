import { useMemo } from 'react';
import { whereThingsStand } from '../../derive/where-things-stand';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { summary as enSummary } from '../../i18n/en/summary';
import { useAsOf, useDerivations, useNames } from '../../store/hooks';
import { issueColorVar, issueStatusMark } from '../common/labels';
import { Around, Day, EventLink } from './StandingParts';
import { SummitLine } from './SummitLine';

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
        <ul className="standing-issues" aria-label={t.issuesLabel}>
          {stand.issues.map((line) => (
            <li
              key={line.issueId}
              style={{
                ['--issue' as string]: issueColorVar(names.issueIndex.get(line.issueId) ?? 0),
              }}
            >
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
          ))}
        </ul>
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
