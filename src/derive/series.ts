import type { DisputeEvent } from '../model/schema';
import { monthOf, monthRange } from './dates';

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
  const rows = new Map<string, MonthCounts>();
  for (const month of monthRange(first, last)) {
    rows.set(month, {
      month,
      total: 0,
      byIssue: Object.fromEntries(issueIds.map((id) => [id, 0])),
    });
  }
  for (const e of events) {
    const row = rows.get(monthOf(e.date))!;
    row.total += 1;
    for (const id of e.issues) row.byIssue[id] = (row.byIssue[id] ?? 0) + 1;
  }
  return [...rows.values()];
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
  const sums = new Map(months.map((m) => [m, { sum: 0, count: 0 }]));
  for (const e of events) {
    const cell = sums.get(monthOf(e.date));
    if (!cell) continue;
    cell.sum += e.goldstein;
    cell.count += 1;
  }
  const points: BarometerPoint[] = [];
  let windowSum = 0;
  months.forEach((month, i) => {
    const cell = sums.get(month)!;
    windowSum += cell.sum;
    if (i >= window) windowSum -= sums.get(months[i - window]!)!.sum;
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

/** Events per year up to and including `asOf`'s year, for an issue's trend line. */
export function yearlyTrend(
  events: readonly DisputeEvent[],
  issueId: string,
  fromYear: number,
  asOf: string,
): number[] {
  const toYear = +asOf.slice(0, 4);
  const counts = new Array<number>(Math.max(0, toYear - fromYear + 1)).fill(0);
  for (const e of events) {
    if (e.date > asOf || !e.issues.includes(issueId)) continue;
    const i = +e.date.slice(0, 4) - fromYear;
    if (i >= 0 && i < counts.length) counts[i]! += 1;
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
