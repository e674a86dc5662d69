import type { ReactNode } from 'react';
import type { StandingSummit } from '../../derive/where-things-stand';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { summary as enSummary, type AroundDate } from '../../i18n/en/summary';
import { useAsOf, useDataset, useDerivations, useNames } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';
import { conditionStateMark, issueColorVar, issueStatusMark } from '../common/labels';

/**
 * The lines the page opens with, as of the cursor: the issues escalating or active (since
 * when, and the event that set each), where the summit stood and which of its conditions
 * were not met, and the latest events. Prerendered; it hydrates from its own chunk.
 */
export function WhereThingsStand() {
  const names = useNames();
  const asOf = useAsOf();
  const stand = useDerivations().whereThingsStand(asOf);
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
                <Day iso={line.since} />
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
              <Day iso={e.date} /> <EventLink id={e.eventId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SummitLine({ standing }: { standing: StandingSummit }) {
  const dataset = useDataset();
  const names = useNames();
  const core = useMessages('core', enCore);
  const t = useMessages('summary', enSummary);
  const summit = dataset.summits.find((s) => s.id === standing.summitId)!;
  const { status, statusDate, unmet, conditionsSet } = standing;
  const n = core.format.number;
  return (
    <div className="standing-summit">
      <p>
        {/* the summit's event, by its short label: the summit's full name is in the checklist */}
        <strong>
          {names.events.has(summit.event) ? <EventLink id={summit.event} /> : summit.name}
        </strong>
        {t.colon}
        {status === null || statusDate === null ? (
          t.summitNotAnnounced
        ) : (
          <Around parts={t.summit[status]}>
            <Day iso={statusDate} />
          </Around>
        )}
        {conditionsSet > 0 && unmet.length === 0 && (
          <>
            {' · '}
            {t.allMet}
          </>
        )}
      </p>
      {unmet.length > 0 && (
        <details>
          <summary>{t.unmet(n(unmet.length), n(conditionsSet), conditionsSet)}</summary>
          <ul>
            {unmet.map((u) => (
              <li key={u.conditionId} className={`state-${u.state}`}>
                <span aria-hidden="true">{conditionStateMark[u.state]} </span>
                <strong>
                  {core.status.side[u.side] ?? u.side}
                  {t.colon}
                  {core.status.condition[u.state]}
                </strong>{' '}
                {summit.conditions.find((c) => c.id === u.conditionId)?.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A date in the page's language that never breaks across lines. */
function Day({ iso }: { iso: string }) {
  const core = useMessages('core', enCore);
  return (
    <time className="nowrap" dateTime={iso}>
      {core.format.shortDate(iso)}
    </time>
  );
}

/** Words before and after a date, in the order the language puts them. */
function Around({ parts, children }: { parts: AroundDate; children: ReactNode }) {
  return (
    <>
      {parts[0]}
      {children}
      {parts[1]}
    </>
  );
}

/** An event's short label, linked to the event (a real link: it opens without script too). */
function EventLink({ id }: { id: string }) {
  const names = useNames();
  const event = names.events.get(id);
  if (!event) return null;
  return (
    <a
      href={eventHref(id)}
      onClick={(e) => {
        e.preventDefault();
        openEvent(id, e.currentTarget);
      }}
    >
      {event.label}
    </a>
  );
}
