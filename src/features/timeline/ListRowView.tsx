import { useMemo, type KeyboardEvent } from 'react';
import type { Names } from '../../derive/names';
import { useNames, useViewFilters } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { Highlight } from '../common/Highlight';
import { openEvent } from '../common/event-link';
import { issueColorVar } from '../common/labels';
import type { ListRow } from './list-rows';
import { MatchSnippet } from './MatchSnippet';

/** What every row of a list reads alike: asked for once by the list, not by each row. */
export interface RowShared {
  query: string;
  /** the open event's id */
  selected: string | null;
  names: Names;
}

/** The list's RowShared (a few hundred rows each subscribing to the stores slowed hydration). */
export function useRowShared(): RowShared {
  const names = useNames();
  const query = useViewFilters().query;
  const selected = useTracker((s) => s.eventId);
  return useMemo(() => ({ names, query, selected }), [names, query, selected]);
}

/**
 * One row of the event list: a year or month heading, the later events' heading, or an event
 * that opens on Enter, edged in its (first) issue's colour, a landmark marked in words.
 */
export function ListRowView({
  row,
  shared,
  tabbable,
  onKeyDown,
  onFocus,
}: {
  row: ListRow;
  shared: RowShared;
  tabbable: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
}) {
  const t = useMessages('timeline', enTimeline);
  const core = useMessages('core', enCore);
  const { names, query, selected } = shared;
  // the headings under "After …: not yet known then" are marked so, as their rows are
  const later = row.key.startsWith('later-') ? 'unknown' : undefined;
  if (row.type === 'year')
    return (
      <h3 className="list-year" data-status={later}>
        {row.label}
      </h3>
    );
  if (row.type === 'month')
    return (
      <h4 className="list-month" data-status={later}>
        {row.label}
      </h4>
    );
  if (row.type === 'later') return <h3 className="list-later">{row.label}</h3>;
  const { event, status } = row.item;
  const issueIndex = names.issueIndex.get(event.issues[0] ?? '');
  return (
    <button
      type="button"
      className="list-event"
      tabIndex={tabbable ? 0 : -1}
      data-event-id={event.id}
      data-status={status ?? 'unknown'}
      data-landmark={event.significance === 3 || undefined}
      style={
        issueIndex === undefined ? undefined : { ['--issue' as string]: issueColorVar(issueIndex) }
      }
      aria-current={event.id === selected ? 'true' : undefined}
      onClick={(e) => openEvent(event.id, e.currentTarget)}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <span className="list-date">{core.format.date(event.date, event.datePrecision)}</span>
      <span className="list-title">
        <Highlight text={event.title} query={query} />
      </span>
      {query.trim() !== '' && <MatchSnippet event={event} query={query} />}
      <span className="list-meta">
        {event.significance === 3 && (
          <strong className="landmark">
            <span aria-hidden="true">★ </span>
            {t.list.landmark} ·{' '}
          </strong>
        )}
        {event.issues.map((id) => names.issues.get(id) ?? id).join(' · ')}
        {status !== 'occurred' && (
          <em>
            {' · '}
            {status
              ? // not yet held: told as it stood then, dated on its latest status
                t.list.statusOn[status](core.format.shortDate(event.date))
              : t.list.later}
          </em>
        )}
      </span>
    </button>
  );
}

/** What the list shows when no event passes the filters. */
export function EmptyList() {
  const t = useMessages('timeline', enTimeline);
  return (
    <div className="event-list empty">
      <p>{t.list.empty}</p>
    </div>
  );
}
