import type { DisputeEvent } from '../model/schema';
import { byDate, compareDates, monthNumber, monthRange } from './dates';

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
  const base = months.length ? monthNumber(`${months[0]}-01`) : 0;
  const n = months.length;
  const sums = new Array<number>(n).fill(0);
  const counts = new Array<number>(n).fill(0);
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as DisputeEvent;
    const i = monthNumber(e.date) - base;
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

/** The landmark events of one month: the barometer draws one mark for all of them. */
export interface MonthLandmarks {
  month: string;
  /** in date order */
  events: { date: string; title: string }[];
}

/**
 * Landmark events (significance 3) from `from` to `through`, grouped by month: the chart
 * draws one mark per month however many there are, so its cost follows the months, not the
 * events (one Recharts element per event froze the page at a few thousand landmarks).
 */
export function landmarksByMonth(
  events: readonly DisputeEvent[],
  from: string,
  through: string,
): MonthLandmarks[] {
  const byMonth = new Map<string, { date: string; title: string }[]>();
  for (const e of events) {
    if (e.significance !== 3 || e.date < from || e.date > through) continue;
    const month = e.date.slice(0, 7);
    const item = { date: e.date, title: e.title };
    const list = byMonth.get(month);
    if (list) list.push(item);
    else byMonth.set(month, [item]);
  }
  return [...byMonth.keys()]
    .sort(compareDates)
    .map((month) => ({ month, events: byMonth.get(month)!.sort(byDate) }));
}

/** One month of the drawn barometer; null is a value the chart leaves out. */
export interface BarometerRow {
  month: string;
  /** the month's sum when above zero (drawn in the cooperation colour) */
  cooperation: number | null;
  /** the month's sum when below zero (drawn in the conflict colour) */
  conflict: number | null;
  /** null in a month after the data ends: a gap, not a zero */
  sum: number | null;
  rolling: number | null;
  /** where the month's landmark mark sits (its sum), null without landmarks */
  landmark: number | null;
  /** the titles of the month's landmark events */
  landmarks: string[];
}

/**
 * The rows the barometer draws: every point of the series, then the months from the end of
 * the data through `throughMonth` as gaps (every value null), so the axis reaches the
 * cursor's side of the page while nothing is drawn where nothing was recorded.
 */
export function barometerRows(
  points: readonly BarometerPoint[],
  landmarks: readonly MonthLandmarks[],
  throughMonth: string,
): BarometerRow[] {
  const titles = new Map(landmarks.map((l) => [l.month, l.events.map((e) => e.title)]));
  const rows: BarometerRow[] = points.map((p) => {
    const names = titles.get(p.month) ?? [];
    return {
      month: p.month,
      cooperation: p.sum > 0 ? p.sum : null,
      conflict: p.sum < 0 ? p.sum : null,
      sum: p.sum,
      rolling: p.rolling,
      landmark: names.length ? p.sum : null,
      landmarks: names,
    };
  });
  const last = points[points.length - 1]?.month;
  if (last && throughMonth > last)
    for (const month of monthRange(`${last}-01`, `${throughMonth}-01`).slice(1))
      rows.push({
        month,
        cooperation: null,
        conflict: null,
        sum: null,
        rolling: null,
        landmark: null,
        landmarks: [],
      });
  return rows;
}

/**
 * The chart's rows as they stood on `asOf`, for a page that hides later events: `known` is
 * the barometer of the events known then (datasetBarometerAsOf), so the cursor's month
 * weighs only what had happened by that day, the months after it are empty (missing, never
 * zero: the chart shades them as not yet known), and no later landmark is named.
 */
export function barometerRowsKnownOn(
  known: readonly BarometerPoint[],
  landmarks: readonly MonthLandmarks[],
  throughMonth: string,
  asOf: string,
): BarometerRow[] {
  const shown = landmarks.flatMap((l) => {
    const events = l.events.filter((e) => e.date <= asOf);
    return events.length ? [{ month: l.month, events }] : [];
  });
  return barometerRows(known, shown, throughMonth);
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
