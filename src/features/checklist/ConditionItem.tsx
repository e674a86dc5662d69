import { formatShortDate } from '../../derive/dates';
import type { ConditionRow } from '../../derive/panels';
import type { Names } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';
import { conditionLead, conditionStateLabel, conditionStateMark } from '../common/labels';

/** One condition (or demand) with its state as of the cursor, who demanded it and the evidence. */
export function ConditionItem({ c, names }: { c: ConditionRow; names: Names }) {
  return (
    <li className={`condition state-${c.state ?? 'unset'} kind-${c.kind}`} data-condition={c.id}>
      <span className="condition-mark" aria-hidden="true">
        {c.state ? conditionStateMark[c.state] : '–'}
      </span>
      <div>
        <p className="condition-text">
          <strong>{conditionLead(c.side, c.kind)}:</strong> {c.text}
        </p>
        <p className="condition-state">
          <strong>{c.state ? conditionStateLabel[c.state] : 'Not yet demanded'}</strong>
          {c.since && <> since {formatShortDate(c.since)}</>}
          <span className="muted">
            {' '}
            · demanded by {c.demandedBy.map((a) => names.actors.get(a) ?? a).join(', ')}
          </span>
        </p>
        {c.note && <p className="condition-note muted">{c.note}</p>}
        {c.evidence.length > 0 && (
          <ol className="evidence" aria-label="Evidence">
            {c.evidence.map((ev) => {
              const event = names.events.get(ev.eventId);
              return (
                <li key={`${ev.eventId}-${ev.date}`}>
                  {formatShortDate(ev.date)} ({conditionStateLabel[ev.state]}):{' '}
                  <a
                    href={eventHref(ev.eventId)}
                    onClick={(e) => {
                      e.preventDefault();
                      openEvent(ev.eventId, e.currentTarget);
                    }}
                  >
                    {event?.title ?? ev.eventId}
                  </a>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </li>
  );
}
