import type {
  ConditionState,
  DatePrecision,
  Dataset,
  DisputeEvent,
  EventStatus,
} from '../model/schema';
import { byDate } from './dates';
import { namesOf } from './names';
import { eventStatusAsOf, occurredOn } from './event-status';
import { conditionStateAsOf, effectLog, issueStatusAsOf, type EffectLog } from './state-as-of';

/**
 * The few lines the page opens with: what was escalating or active on a date, where each
 * summit stood and which of its conditions were not met, and the latest events. Everything
 * here is as of `asOf`: an event, status or condition dated later never shows, not even as a
 * count.
 */
export interface StandingIssue {
  issueId: string;
  status: 'escalating' | 'active';
  /** the day the status was set */
  since: string;
  /** the event that set it */
  eventId: string;
  /** how precisely `since` is known (a month-precision event set it: the month only) */
  precision: DatePrecision;
}

export interface StandingSummit {
  summitId: string;
  /** what was known of the summit on the date; null: not yet announced */
  status: EventStatus | null;
  /** the day of the latest status change known on the date */
  statusDate: string | null;
  /** how many stated conditions (not demands) had been set by the date */
  conditionsSet: number;
  /** stated conditions already set and not met on the date, in dataset order */
  unmet: { conditionId: string; side: string; state: Exclude<ConditionState, 'met'> }[];
}

export interface LatestEvent {
  eventId: string;
  /** the day it took place */
  date: string;
  /** as precisely as the data knows that day */
  precision: DatePrecision;
}

export interface WhereThingsStand {
  asOf: string;
  issues: StandingIssue[];
  summits: StandingSummit[];
  /** the latest events that took place on or before the date, newest first */
  latest: LatestEvent[];
}

/** How many of the latest events the summary names. */
export const LATEST_EVENTS = 3;

const weight = { escalating: 0, active: 1 } as const;

export function whereThingsStand(
  dataset: Dataset,
  asOf: string,
  index: { effects: () => EffectLog; byId: () => Map<string, DisputeEvent> } = {
    effects: () => effectLog(dataset.events),
    byId: () => namesOf(dataset).events,
  },
): WhereThingsStand {
  const log = index.effects();
  const issues: StandingIssue[] = [];
  for (const issue of dataset.issues) {
    const state = issueStatusAsOf(dataset.events, issue.id, asOf, log);
    if (!state || (state.value !== 'escalating' && state.value !== 'active')) continue;
    issues.push({
      issueId: issue.id,
      status: state.value,
      since: state.since,
      eventId: state.eventId,
      precision: precisionOn(index.byId().get(state.eventId), state.since),
    });
  }
  // escalating before active; within each, the most recently set first (stable otherwise)
  issues.sort(
    (a, b) => weight[a.status] - weight[b.status] || -byDate({ date: a.since }, { date: b.since }),
  );

  const summits: StandingSummit[] = [];
  for (const summit of dataset.summits) {
    const event = index.byId().get(summit.event);
    const status = event ? eventStatusAsOf(event, asOf) : null;
    const known = event?.status.filter((s) => s.date <= asOf) ?? [];
    const statusDate =
      status === null ? null : (known[known.length - 1]?.date ?? event?.date ?? null);
    const unmet: StandingSummit['unmet'] = [];
    let demanded = 0;
    for (const c of summit.conditions) {
      if ((c.kind ?? 'condition') !== 'condition') continue;
      const state = conditionStateAsOf(dataset.events, c.id, asOf, log)?.value;
      if (state === undefined) continue;
      demanded++;
      if (state !== 'met') unmet.push({ conditionId: c.id, side: c.side, state });
    }
    // a summit nobody had announced or set a condition for is not yet part of the story
    if (status === null && demanded === 0) continue;
    summits.push({ summitId: summit.id, status, statusDate, conditionsSet: demanded, unmet });
  }

  return { asOf, issues, summits, latest: latestEvents(dataset.events, asOf, LATEST_EVENTS) };
}

/** The `n` latest events that took place on or before `asOf`, newest first (ties: later in the data first). */
export function latestEvents(
  events: readonly DisputeEvent[],
  asOf: string,
  n: number,
): LatestEvent[] {
  const took: LatestEvent[] = [];
  for (const event of events) {
    const on = occurredOn(event);
    if (on !== null && on <= asOf)
      took.push({ eventId: event.id, date: on, precision: precisionOn(event, on) });
  }
  // stable sort, then reversed: newest first, and of one day the one listed last first
  return took.sort(byDate).reverse().slice(0, n);
}

/** An event's own precision on its own date; a day from its status history is a day. */
function precisionOn(event: DisputeEvent | undefined, date: string): DatePrecision {
  return event && event.date === date ? event.datePrecision : 'day';
}
