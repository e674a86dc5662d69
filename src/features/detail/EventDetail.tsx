import { useEffect, useRef } from 'react';
import { formatEventDate, formatShortDate } from '../../derive/dates';
import { useDataset, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { closeEvent, eventHref, openEvent, returnFocusFromEvent } from '../common/event-link';
import {
  conditionLead,
  conditionStateLabel,
  eventStatusLabel,
  issueStatusLabel,
} from '../common/labels';
import { SafeLink } from '../common/SafeLink';
import { Corrections } from './Corrections';
import { DetailFacts } from './DetailFacts';
import { SourceList } from './SourceList';

/** The open event: everything known of it, every source, and its related events. Escape closes. */
export function EventDetail() {
  const id = useTracker((s) => s.event);
  const dataset = useDataset();
  const names = useNames();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = id ? names.events.get(id) : undefined;

  // closed by the back button (the event= entry popped): focus goes back all the same
  useEffect(() => returnFocusFromEvent, []);

  useEffect(() => {
    if (!event) return;
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeEvent();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [event]);

  if (!event) return null;
  const conditionText = new Map(
    dataset.summits.flatMap((s) =>
      s.conditions.map((c) => [c.id, `${conditionLead(c.side, c.kind)}: ${c.text}`]),
    ),
  );
  const related = event.related.map((rid) => names.events.get(rid)).filter((e) => e !== undefined);
  const answeredBy = dataset.events.filter((e) => e.related.includes(event.id));
  return (
    <aside
      className="event-detail"
      role="dialog"
      aria-modal="false"
      aria-labelledby="event-detail-title"
    >
      <div className="detail-head">
        <p className="detail-date">{formatEventDate(event.date, event.datePrecision)}</p>
        <button
          type="button"
          className="button close"
          onClick={closeEvent}
          aria-label="Close event details"
        >
          ✕
        </button>
      </div>
      <h2 id="event-detail-title" tabIndex={-1} ref={headingRef}>
        {event.title}
      </h2>
      <p className="detail-tags">
        {event.issues.map((i) => names.issues.get(i) ?? i).join(' · ')} ·{' '}
        <span className="kind">{event.kind.replace(/-/g, ' ')}</span>
      </p>
      <p>{event.summary}</p>
      {event.note && <p className="note">Note: {event.note}</p>}
      <Corrections corrections={event.corrections} />
      <DetailFacts event={event} names={names} />
      {event.status.length > 0 && (
        <>
          <h3>Status history</h3>
          <ol className="status-history">
            {event.status.map((s, i) => (
              <li key={i}>
                {formatShortDate(s.date)}: {eventStatusLabel[s.status]}
                {s.note && <> — {s.note}</>}
              </li>
            ))}
          </ol>
        </>
      )}
      {event.effects.length > 0 && (
        <>
          <h3>What it changed</h3>
          <ul>
            {event.effects.map((ef, i) => (
              <li key={i}>
                {'issue' in ef
                  ? `${names.issues.get(ef.issue) ?? ef.issue}: ${issueStatusLabel[ef.status]}`
                  : `${conditionText.get(ef.condition) ?? ef.condition}: ${conditionStateLabel[ef.state]}`}
                {ef.note && <span className="muted"> ({ef.note})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {event.positions && (event.positions.japan || event.positions.korea) && (
        <>
          <h3>Positions</h3>
          <ul>
            {(['japan', 'korea'] as const).map((side) => {
              const p = event.positions?.[side];
              if (!p) return null;
              return (
                <li key={side}>
                  <strong>{side === 'japan' ? 'Tokyo' : 'Seoul'}:</strong> {p.statement} (
                  <SafeLink href={p.source.url}>{p.source.publisher}</SafeLink>)
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>Sources</h3>
      <SourceList sources={event.sources} />
      {(related.length > 0 || answeredBy.length > 0) && (
        <>
          <h3>Related events</h3>
          <ul>
            {[...related, ...answeredBy.filter((e) => !related.includes(e))].map((r) => (
              <li key={r.id}>
                <a
                  href={eventHref(r.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    openEvent(r.id);
                  }}
                >
                  {formatShortDate(r.date)}: {r.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
