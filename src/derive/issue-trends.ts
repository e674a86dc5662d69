import type { DisputeEvent } from '../model/schema';
import { compareDates, countOnOrBefore } from './dates';

/** Sorted dates of each issue's events. */
export function issueDates(events: readonly DisputeEvent[]): Map<string, string[]> {
  const byIssue = new Map<string, string[]>();
  for (const e of events) {
    for (const id of e.issues) {
      const list = byIssue.get(id);
      if (list) list.push(e.date);
      else byIssue.set(id, [e.date]);
    }
  }
  for (const list of byIssue.values()) list.sort(compareDates);
  return byIssue;
}

const itself = (date: string) => date;

/** Number of sorted ISO dates that are <= `date` (binary search). */
export function countUpTo(sorted: readonly string[], date: string): number {
  return countOnOrBefore(sorted, date, itself);
}

/** Events per year up to and including `asOf`'s year (the last year only up to `asOf`), for an issue's trend line. */
export function yearlyTrend(
  events: readonly DisputeEvent[],
  issueId: string,
  fromYear: number,
  asOf: string,
  byIssue: Map<string, string[]> = issueDates(events),
): number[] {
  const toYear = +asOf.slice(0, 4);
  const dates = byIssue.get(issueId) ?? [];
  const counts: number[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const end = `${y}-12-31` < asOf ? `${y}-12-31` : asOf;
    counts.push(Math.max(0, countUpTo(dates, end) - countUpTo(dates, `${y - 1}-12-31`)));
  }
  return counts;
}
