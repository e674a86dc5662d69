import type { DisputeEvent } from '../model/schema';
import { monthRange } from './dates';

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
  const base = monthIndex(first);
  const slot = new Map(issueIds.map((id, i) => [id, i]));
  const width = issueIds.length;
  const cells = new Uint32Array(months.length * width);
  const totals = new Uint32Array(months.length);
  const extra = new Map<string, number>(); // issues not in issueIds, keyed month|issue
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as DisputeEvent;
    const m = monthIndex(e.date) - base;
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

/** Months since year 0 of an ISO date, read without allocating substrings. */
function monthIndex(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

export interface BarometerPoint {
  month: string;
  /** sum of Goldstein weights of the month's events */
  sum: number;
  count: number;
  /** mean of `sum` over the `window` months ending here */
  rolling: number;
}

/** Conflict–cooperation line: Goldstein weights per month, with a rolling mean. */
export function barometerSeries(
  events: readonly DisputeEvent[],
  window = 6,
  range?: { from: string; to: string },
): BarometerPoint[] {
  if (events.length === 0 && !range) return [];
  const months = range
    ? monthRange(range.from, range.to)
    : monthRange(minDate(events), maxDate(events));
  const base = months.length ? monthIndex(`${months[0]}-01`) : 0;
  const n = months.length;
  const sums = new Array<number>(n).fill(0);
  const counts = new Array<number>(n).fill(0);
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as DisputeEvent;
    const i = monthIndex(e.date) - base;
    if (i < 0 || i >= n) continue;
    sums[i] = (sums[i] as number) + e.goldstein;
    counts[i] = (counts[i] as number) + 1;
  }
  const points: BarometerPoint[] = [];
  let windowSum = 0;
  months.forEach((month, i) => {
    const cell = { sum: sums[i]!, count: counts[i]! };
    windowSum += cell.sum;
    if (i >= window) windowSum -= sums[i - window]!;
    const span = Math.min(i + 1, window);
    points.push({
      month,
      sum: round1(cell.sum),
      count: cell.count,
      rolling: round1(windowSum / span),
    });
  });
  return points;
}

/** A plain-language summary of the barometer, for screen readers and the text under the chart. */
export function describeBarometer(points: readonly BarometerPoint[]): string {
  const active = points.filter((p) => p.count > 0);
  if (active.length === 0) return 'No events in this range.';
  const worst = active.reduce((a, b) => (b.sum < a.sum ? b : a));
  const best = active.reduce((a, b) => (b.sum > a.sum ? b : a));
  const last = points[points.length - 1]!;
  const trend = last.rolling > 0 ? 'cooperative' : last.rolling < 0 ? 'conflictual' : 'neutral';
  return `Most conflictual month: ${worst.month} (${worst.sum}). Most cooperative month: ${best.month} (${best.sum > 0 ? '+' : ''}${best.sum}). The ${points.length > 1 ? 'rolling mean ends' : 'month is'} ${trend} at ${last.rolling} in ${last.month}.`;
}

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
  for (const list of byIssue.values()) list.sort();
  return byIssue;
}

/** Number of sorted ISO dates that are <= `date` (binary search). */
export function countUpTo(sorted: readonly string[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

function minDate(events: readonly DisputeEvent[]): string {
  return events.reduce((m, e) => (e.date < m ? e.date : m), events[0]!.date);
}
function maxDate(events: readonly DisputeEvent[]): string {
  return events.reduce((m, e) => (e.date > m ? e.date : m), events[0]!.date);
}
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
