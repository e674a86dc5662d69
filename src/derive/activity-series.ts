import type { DisputeEvent } from '../model/schema';
import { monthNumber, monthRange } from './dates';

export interface MonthCounts {
  month: string;
  total: number;
  /** events per issue id; an event in two issues counts in both */
  byIssue: Record<string, number>;
}

/** Events per month, every month from the first event to the last, stacked by issue. */
export function monthlyCounts(
  events: readonly DisputeEvent[],
  issueIds: readonly string[],
): MonthCounts[] {
  if (events.length === 0) return [];
  let first = events[0]!.date;
  let last = first;
  for (const e of events) {
    if (e.date < first) first = e.date;
    if (e.date > last) last = e.date;
  }
  const months = monthRange(first, last);
  // integer months and issue indexes into one flat array: no string keys per event,
  // so 100,000 events take a few milliseconds
  const base = monthNumber(first);
  const slot = new Map(issueIds.map((id, i) => [id, i]));
  const width = issueIds.length;
  const cells = new Uint32Array(months.length * width);
  const totals = new Uint32Array(months.length);
  const extra = new Map<string, number>(); // issues not in issueIds, keyed month|issue
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as DisputeEvent;
    const m = monthNumber(e.date) - base;
    totals[m] = (totals[m] as number) + 1;
    const ids = e.issues;
    for (let j = 0; j < ids.length; j++) {
      const i = slot.get(ids[j] as string);
      if (i === undefined) {
        const key = `${m}|${ids[j]}`;
        extra.set(key, (extra.get(key) ?? 0) + 1);
      } else cells[m * width + i] = (cells[m * width + i] as number) + 1;
    }
  }
  const rows: MonthCounts[] = months.map((month, m) => {
    const byIssue: Record<string, number> = {};
    for (let i = 0; i < width; i++) byIssue[issueIds[i] as string] = cells[m * width + i] as number;
    return { month, total: totals[m] as number, byIssue };
  });
  for (const [key, n] of extra) {
    const [m, id] = key.split('|') as [string, string];
    (rows[+m] as MonthCounts).byIssue[id] = n;
  }
  return rows;
}
