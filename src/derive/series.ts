import type { DisputeEvent } from '../model/schema';
import { countOnOrBefore, monthRange } from './dates';

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
  /** sum of Goldstein weights of the month's weighed events */
  sum: number;
  /** events weighed this month */
  count: number;
  /** mean of `sum` over the `window` months ending here */
  rolling: number;
}

export interface BarometerOptions {
  /**
   * One weight per measure (default): an event that carries out a measure announced by
   * another (`pairedWith`: an entry into force, a formal notification, the service of an
   * order, a ruling becoming final) weighs nothing, so the measure counts once, on its
   * announcement. `false` weighs every event, as the curve did before the coding rules.
   */
  pairing?: boolean;
}

/** Whether the barometer weighs an event under the pairing rule. */
export function weighs(event: DisputeEvent, pairing = true): boolean {
  return !pairing || event.pairedWith === undefined;
}

/** Conflict–cooperation line: Goldstein weights per month, with a rolling mean. */
export function barometerSeries(
  events: readonly DisputeEvent[],
  window = 6,
  range?: { from: string; to: string },
  { pairing = true }: BarometerOptions = {},
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
    if (i < 0 || i >= n || !weighs(e, pairing)) continue;
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

export interface BarometerExtremes {
  /** most conflictual month (lowest sum), null when no month has a weighed event */
  worst: { month: string; sum: number } | null;
  /** most cooperative month (highest sum) */
  best: { month: string; sum: number } | null;
}

/** The lowest and highest monthly sums among months with weighed events. */
export function barometerExtremes(points: readonly BarometerPoint[]): BarometerExtremes {
  const active = points.filter((p) => p.count > 0);
  if (active.length === 0) return { worst: null, best: null };
  const worst = active.reduce((a, b) => (b.sum < a.sum ? b : a));
  const best = active.reduce((a, b) => (b.sum > a.sum ? b : a));
  return {
    worst: { month: worst.month, sum: worst.sum },
    best: { month: best.month, sum: best.sum },
  };
}

export interface PairingSensitivity {
  /** events in the range that the pairing rule weighs 0 */
  paired: number;
  /** extremes with one weight per measure (what the chart draws) */
  counted: BarometerExtremes;
  /** extremes if every event were weighed */
  every: BarometerExtremes;
  /** the month whose sum the rule moves most: its sum with the rule and weighing every event */
  largestChange: { month: string; counted: number; every: number } | null;
}

/**
 * How much the curve depends on the pairing rule: its extreme months with the rule and
 * without it, and the month it moves most. Pure; the barometer's note shows it in words.
 */
export function pairingSensitivity(
  events: readonly DisputeEvent[],
  window = 6,
  range?: { from: string; to: string },
): PairingSensitivity {
  const counted = barometerSeries(events, window, range);
  const every = barometerSeries(events, window, range, { pairing: false });
  const first = counted[0]?.month;
  const last = counted[counted.length - 1]?.month;
  const paired = events.filter(
    (e) =>
      !weighs(e) &&
      first !== undefined &&
      last !== undefined &&
      e.date.slice(0, 7) >= first &&
      e.date.slice(0, 7) <= last,
  ).length;
  let largestChange: PairingSensitivity['largestChange'] = null;
  let most = 0;
  every.forEach((p, i) => {
    const sum = counted[i]?.sum ?? 0;
    const difference = Math.abs(p.sum - sum);
    if (difference > most) {
      most = difference;
      largestChange = { month: p.month, counted: sum, every: p.sum };
    }
  });
  return {
    paired,
    counted: barometerExtremes(counted),
    every: barometerExtremes(every),
    largestChange,
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** The words describePairingSensitivity writes with (the panels catalogue and a month format). */
export interface SensitivityText {
  /** a month as the page writes it, for '2019-07' */
  month: (yyyyMm: string) => string;
  noPairing: string;
  /** an extreme that does not exist */
  none: string;
  /** a month with its sum: 'July 2019 (+7)' */
  monthSum: (month: string, sum: string) => string;
  /** how many events the rule weighs 0 */
  paired: (n: number) => string;
  /** the extreme months with the rule and weighing every event (each a monthSum or none) */
  extremes: (months: {
    worst: string;
    best: string;
    everyWorst: string;
    everyBest: string;
    /** whether weighing every event keeps the same months */
    same: boolean;
  }) => string;
  /** the month the rule moves most, with its sum weighing every event and with the rule */
  change: (month: string, every: string, counted: string) => string;
  /** sentences into one text */
  sentences: (parts: string[]) => string;
}

/** The pairing rule's effect in words, for the note under the barometer. */
export function describePairingSensitivity(s: PairingSensitivity, text: SensitivityText): string {
  if (s.paired === 0) return text.noPairing;
  const monthAndSum = (m: { month: string; sum: number } | null) =>
    m ? text.monthSum(text.month(m.month), signed(m.sum)) : text.none;
  const same =
    s.counted.worst?.month === s.every.worst?.month &&
    s.counted.best?.month === s.every.best?.month;
  const parts = [
    text.paired(s.paired),
    text.extremes({
      worst: monthAndSum(s.counted.worst),
      best: monthAndSum(s.counted.best),
      everyWorst: monthAndSum(s.every.worst),
      everyBest: monthAndSum(s.every.best),
      same,
    }),
  ];
  if (s.largestChange)
    parts.push(
      text.change(
        text.month(s.largestChange.month),
        signed(s.largestChange.every),
        signed(s.largestChange.counted),
      ),
    );
  return text.sentences(parts);
}

/** The words describeBarometer writes with (the panels catalogue and a month format). */
export interface BarometerSummaryText {
  /** a month as the page writes it, for '2019-07' */
  month: (yyyyMm: string) => string;
  noEvents: string;
  /** a month with its sum: 'July 2019 (+7)' */
  monthSum: (month: string, sum: string) => string;
  trend: Record<'cooperative' | 'conflictual' | 'neutral', string>;
  /** the summary: worst and best are monthSum texts; `single` when there is one month */
  text: (facts: {
    worst: string;
    best: string;
    single: boolean;
    trend: string;
    rolling: string;
    month: string;
  }) => string;
}

/** A plain-language summary of the barometer, for screen readers and the text under the chart. */
export function describeBarometer(
  points: readonly BarometerPoint[],
  text: BarometerSummaryText,
): string {
  const active = points.filter((p) => p.count > 0);
  if (active.length === 0) return text.noEvents;
  const worst = active.reduce((a, b) => (b.sum < a.sum ? b : a));
  const best = active.reduce((a, b) => (b.sum > a.sum ? b : a));
  const last = points[points.length - 1]!;
  const trend = last.rolling > 0 ? 'cooperative' : last.rolling < 0 ? 'conflictual' : 'neutral';
  return text.text({
    worst: text.monthSum(text.month(worst.month), String(worst.sum)),
    best: text.monthSum(text.month(best.month), signed(best.sum)),
    single: points.length <= 1,
    trend: text.trend[trend],
    rolling: String(last.rolling),
    month: text.month(last.month),
  });
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

function minDate(events: readonly DisputeEvent[]): string {
  return events.reduce((m, e) => (e.date < m ? e.date : m), events[0]!.date);
}
function maxDate(events: readonly DisputeEvent[]): string {
  return events.reduce((m, e) => (e.date > m ? e.date : m), events[0]!.date);
}
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
