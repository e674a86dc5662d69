import type { DisputeEvent, EventStatus } from '../model/schema';
import { dayNumber } from './dates';

/**
 * What was known of an event on `asOf`: null when it had not yet been announced,
 * else its latest status. An event with no status history simply happened on its date.
 */
export function eventStatusAsOf(event: DisputeEvent, asOf: string): EventStatus | null {
  if (event.status.length === 0) return event.date <= asOf ? 'occurred' : null;
  let current: EventStatus | null = null;
  for (const entry of event.status) {
    if (entry.date > asOf) break;
    current = entry.status;
  }
  return current;
}

/** The day an event took place, or null if it never did (cancelled, or still planned). */
export function occurredOn(event: DisputeEvent): string | null {
  if (event.status.length === 0) return event.date;
  const occurred = event.status.find((entry) => entry.status === 'occurred');
  return occurred ? occurred.date : null;
}

/**
 * The date of the latest event that has taken place (planned, postponed or cancelled ones
 * do not count), or null when none has. Derived, never stored: the page header shows it.
 */
export function latestEventDate(events: readonly DisputeEvent[]): string | null {
  let latest: string | null = null;
  for (const event of events) {
    const on = occurredOn(event);
    if (on !== null && (latest === null || on > latest)) latest = on;
  }
  return latest;
}

/** The first day anything was known of the event. */
export function firstKnownOn(event: DisputeEvent): string {
  return event.status[0]?.date ?? event.date;
}

/**
 * The event as the page may tell it on `asOf`. An event known on that day but not yet taken
 * place (planned, postponed or cancelled then) is told as it stood: dated on the day of its
 * latest status (announced, put off), named by its short label (the title and summary tell
 * what finally happened), with the status entries, sources and nothing else known by then:
 * no effects, positions, notes or corrections, which all describe the event once it took
 * place. Any other event is returned as it is (the same object), so callers can tell by
 * identity whether it was rewritten.
 */
export function eventAsKnownOn(event: DisputeEvent, asOf: string): DisputeEvent {
  if (event.status.length === 0) return event;
  let latest: DisputeEvent['status'][number] | undefined;
  let count = 0;
  for (const entry of event.status) {
    if (entry.date > asOf) break;
    latest = entry;
    count++;
  }
  if (latest === undefined || latest.status === 'occurred') return event;
  return {
    ...event,
    date: latest.date,
    datePrecision: 'day',
    title: event.label,
    summary: event.label,
    status: event.status.slice(0, count),
    effects: [],
    positions: undefined,
    note: undefined,
    corrections: undefined,
    sources: sourcesBy(event.sources, asOf),
  };
}

/** The sources published by `asOf`: the same array when every one was. */
function sourcesBy(sources: DisputeEvent['sources'], asOf: string): DisputeEvent['sources'] {
  return sources.every((s) => s.published <= asOf)
    ? sources
    : sources.filter((s) => s.published <= asOf);
}

export type FutureMode = 'dim' | 'hide';

export interface EventAsOf {
  /** the event as told on the cursor date (see eventAsKnownOn) */
  event: DisputeEvent;
  /** null: not yet known on the cursor date (only kept in 'dim' mode). */
  status: EventStatus | null;
  /** The event's date as a day number (see dayNumber): computed once, used by every placement. */
  day: number;
}

/** Events as they stood on `asOf`: unknown ones dropped ('hide') or kept with status null ('dim'). */
export function eventsAsOf(
  events: readonly DisputeEvent[],
  asOf: string | null,
  mode: FutureMode,
): EventAsOf[] {
  const out: EventAsOf[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const status =
      asOf === null
        ? occurredOn(event)
          ? 'occurred'
          : lastStatus(event)
        : eventStatusAsOf(event, asOf);
    if (status === null && mode === 'hide') continue;
    // what was known then: a summit put off in 2020 is not dated on the day it was held in 2024
    const told = asOf === null || status === null ? event : eventAsKnownOn(event, asOf);
    out.push({ event: told, status, day: dayNumber(told.date) });
  }
  return out;
}

/**
 * What a file or a printout of the view holds: the events known on `asOf`, told as they were
 * then, each with only the sources published by that day. On the page a later source is
 * folded (see SourceList); paper and spreadsheets have no folds.
 */
export function eventsToldOn(items: readonly EventAsOf[], asOf: string): DisputeEvent[] {
  const out: DisputeEvent[] = [];
  for (const { event, status } of items) {
    if (status === null) continue;
    const sources = sourcesBy(event.sources, asOf);
    out.push(sources === event.sources ? event : { ...event, sources });
  }
  return out;
}

function lastStatus(event: DisputeEvent): EventStatus {
  return event.status[event.status.length - 1]?.status ?? 'occurred';
}
