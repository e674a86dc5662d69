import type { KeyboardEvent } from 'react';
import { formatEventDate } from '../../derive/dates';
import { useNames, useViewFilters } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { eventStatusLabel } from '../common/labels';
import { Highlight } from '../common/Highlight';
import { openEvent } from '../common/event-link';
import type { ListRow } from './list-utils';

/** One row of the event list: a year or month heading, or an event that opens on Enter. */
export function Row({
  row,
  tabbable,
  onKeyDown,
  onFocus,
}: {
  row: ListRow;
  tabbable: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
}) {
  const names = useNames();
  const query = useViewFilters().query;
  const selected = useTracker((s) => s.event);
  if (row.type === 'year') return <h3 className="list-year">{row.label}</h3>;
  if (row.type === 'month') return <h4 className="list-month">{row.label}</h4>;
  const { event, status } = row.item;
  return (
    <button
      type="button"
      className="list-event"
      tabIndex={tabbable ? 0 : -1}
      data-status={status ?? 'unknown'}
      aria-current={event.id === selected ? 'true' : undefined}
      onClick={(e) => openEvent(event.id, e.currentTarget)}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <span className="list-date">{formatEventDate(event.date, event.datePrecision)}</span>
      <span className="list-title">
        <Highlight text={event.title} query={query} />
      </span>
      <span className="list-meta">
        {event.issues.map((id) => names.issues.get(id) ?? id).join(' · ')}
        {status !== 'occurred' && <em> · {status ? eventStatusLabel[status] : 'Not yet known'}</em>}
      </span>
    </button>
  );
}

/** What the list shows when no event passes the filters. */
export function EmptyList() {
  return (
    <div className="event-list empty">
      <p>No events match these filters.</p>
    </div>
  );
}
