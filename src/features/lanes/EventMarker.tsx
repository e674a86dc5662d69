import type { KeyboardEvent } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import type { Catalogue } from '../../i18n/catalogue';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { knownCount } from './label-text';
import type { LaneItem } from './time-domain';

/** The messages a marker's name is made of, in the page's language. */
export interface MarkerWords {
  t: Pick<Catalogue['timeline'], 'marker' | 'statusWords' | 'list'>;
  format: Pick<Catalogue['core']['format'], 'date' | 'shortDate'>;
}

/**
 * Name of a marker (its title, which is also its accessible name): date, title and, where it
 * is not plain history, its status. An event not yet held is told as it stood (see
 * eventAsKnownOn): its date is its latest status's, and the name says so, as the list does.
 */
export function markerLabel(it: EventAsOf, asOf: string, { t, format }: MarkerWords): string {
  const date = format.date(it.event.date, it.event.datePrecision);
  const note =
    it.status === null
      ? t.marker.later(format.shortDate(asOf))
      : it.status !== 'occurred'
        ? t.list.statusOn[it.status](format.shortDate(it.event.date))
        : null;
  return t.marker.name(date, it.event.title, note);
}

/** Name of a cluster: how many, when, and how many of them come after the cursor. */
export function clusterLabel(
  item: Extract<LaneItem, { kind: 'cluster' }>,
  asOf: string,
  { t, format }: MarkerWords,
  later = item.items.length - knownCount(item.items),
): string {
  return t.marker.cluster(
    item.items.length,
    format.shortDate(item.from),
    format.shortDate(item.to),
    later,
    format.shortDate(asOf),
  );
}

/** The words of markers' names in the page's language. */
export function useMarkerWords(): MarkerWords {
  const t = useMessages('timeline', enTimeline);
  const { format } = useMessages('core', enCore);
  return { t, format };
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
  const words = useMarkerWords();
  const style = { left: `${(item.at * 100).toFixed(3)}%` };
  if (item.kind === 'cluster') {
    // one count serves the name and the shading: a cluster may hold thousands of events
    const knownItems = knownCount(item.items);
    const label = clusterLabel(item, asOf, words, item.items.length - knownItems);
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
  const label = markerLabel(item.item, asOf, words);
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
