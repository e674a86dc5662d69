import type { KeyboardEvent } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { formatEventDate, formatShortDate } from '../../derive/dates';
import { eventStatusLabel } from '../common/labels';
import { knownCount } from './label-utils';
import type { LaneItem } from './timeline-utils';

/** Name of a marker (its title, which is also its accessible name): date, title and, where it is not plain history, its status. */
export function markerLabel(it: EventAsOf, asOf: string): string {
  const date = formatEventDate(it.event.date, it.event.datePrecision);
  const status =
    it.status === null
      ? `, not yet known on ${formatShortDate(asOf)}`
      : it.status !== 'occurred'
        ? `, ${eventStatusLabel[it.status].toLowerCase()}`
        : '';
  return `${date}: ${it.event.title}${status}`;
}

/** Name of a cluster: how many, when, and how many of them come after the cursor. */
export function clusterLabel(
  item: Extract<LaneItem, { kind: 'cluster' }>,
  asOf: string,
  later = item.items.length - knownCount(item.items),
): string {
  const after = later > 0 ? `, ${later} of them after ${formatShortDate(asOf)}` : '';
  return `${item.items.length} events from ${formatShortDate(item.from)} to ${formatShortDate(item.to)}${after}: zoom in`;
}

export function EventMarker({
  item,
  asOf,
  tabbable,
  selected,
  onOpen,
  onKeyDown,
  onFocus,
}: {
  item: LaneItem;
  asOf: string;
  tabbable: boolean;
  selected: boolean;
  onOpen: (item: LaneItem, el: HTMLElement) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
}) {
  const style = { left: `${(item.at * 100).toFixed(3)}%` };
  if (item.kind === 'cluster') {
    // one count serves the name and the shading: a cluster may hold thousands of events
    const knownItems = knownCount(item.items);
    const label = clusterLabel(item, asOf, item.items.length - knownItems);
    const known = knownItems / item.items.length;
    // a cluster that straddles the cursor is solid up to its known share and dimmed after it
    const status = known === 0 ? 'unknown' : known < 1 ? 'partial' : undefined;
    return (
      <button
        type="button"
        className="marker cluster"
        style={{ ...style, ['--known' as string]: `${(known * 100).toFixed(1)}%` }}
        tabIndex={tabbable ? 0 : -1}
        title={label}
        aria-label={label}
        data-key={item.key}
        data-status={status}
        onClick={(e) => onOpen(item, e.currentTarget)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <span aria-hidden="true">{item.items.length > 999 ? '999+' : item.items.length}</span>
      </button>
    );
  }
  const { event, status } = item.item;
  const label = markerLabel(item.item, asOf);
  return (
    <button
      type="button"
      className="marker"
      style={style}
      tabIndex={tabbable ? 0 : -1}
      title={label}
      data-key={item.key}
      data-significance={event.significance}
      data-status={status ?? 'unknown'}
      aria-current={selected ? 'true' : undefined}
      onClick={(e) => onOpen(item, e.currentTarget)}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    />
  );
}
