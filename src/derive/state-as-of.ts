import type {
  ConditionState,
  Dataset,
  DisputeEvent,
  EventStatus,
  IssueStatus,
  Summit,
} from '../model/schema';
import { byDate, countOnOrBefore } from './dates';
import { eventStatusAsOf, occurredOn } from './event-status';
import { namesOf } from './names';

/**
 * State as of a date is derived from the event log, never stored: the status of an
 * issue or a condition on day D is the last effect of an event that took place on or
 * before D. Effects of the same day apply in dataset order.
 */
interface Change<T> {
  date: string;
  value: T;
  eventId: string;
}

export interface EffectLog {
  issues: Map<string, Change<IssueStatus>[]>;
  conditions: Map<string, Change<ConditionState>[]>;
}

/** Effects grouped by issue and by condition, in date order. */
export function effectLog(events: readonly DisputeEvent[]): EffectLog {
  const log: EffectLog = { issues: new Map(), conditions: new Map() };
  events.forEach((event) => {
    const date = occurredOn(event);
    if (date === null) return;
    for (const effect of event.effects) {
      if ('issue' in effect)
        push(log.issues, effect.issue, { date, value: effect.status, eventId: event.id });
      else push(log.conditions, effect.condition, { date, value: effect.state, eventId: event.id });
    }
  });
  for (const list of [...log.issues.values(), ...log.conditions.values()]) {
    // stable sort keeps dataset order for changes on the same day
    list.sort(byDate);
  }
  return log;
}

function push<T>(map: Map<string, Change<T>[]>, key: string, change: Change<T>) {
  const list = map.get(key);
  if (list) list.push(change);
  else map.set(key, [change]);
}

export interface StateAsOf<T> {
  value: T;
  /** the day the value was set */
  since: string;
  /** the event that set it */
  eventId: string;
  /** every change up to the date, oldest first */
  history: Change<T>[];
}

function lastChangeOnOrBefore<T>(
  changes: Change<T>[] | undefined,
  asOf: string,
): StateAsOf<T> | null {
  if (!changes) return null;
  const lo = countOnOrBefore(changes, asOf, (c) => c.date);
  if (lo === 0) return null;
  const last = changes[lo - 1] as Change<T>;
  return {
    value: last.value,
    since: last.date,
    eventId: last.eventId,
    history: changes.slice(0, lo),
  };
}

/** Give the dataset's effect log (see derivations.ts) when asking many times. */
export function issueStatusAsOf(
  events: readonly DisputeEvent[],
  issueId: string,
  asOf: string,
  log: EffectLog = effectLog(events),
): StateAsOf<IssueStatus> | null {
  return lastChangeOnOrBefore(log.issues.get(issueId), asOf);
}

export function conditionStateAsOf(
  events: readonly DisputeEvent[],
  conditionId: string,
  asOf: string,
  log: EffectLog = effectLog(events),
): StateAsOf<ConditionState> | null {
  return lastChangeOnOrBefore(log.conditions.get(conditionId), asOf);
}

export interface SummitAsOf {
  summit: Summit;
  /** null when the summit had not yet been announced on the date */
  status: EventStatus | null;
  event: DisputeEvent | undefined;
}

export function summitStatusAsOf(
  dataset: Dataset,
  summit: Summit,
  asOf: string,
  byId: Map<string, DisputeEvent> = namesOf(dataset).events,
): SummitAsOf {
  const event = byId.get(summit.event);
  return { summit, event, status: event ? eventStatusAsOf(event, asOf) : null };
}
