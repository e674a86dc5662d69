// The barometer's sentences: the derive layer gives the numbers (barometer-series.ts), the
// catalogue gives the words, and this joins them.
import type {
  BarometerPoint,
  MonthLandmarks,
  PairingSensitivity,
} from '../../derive/barometer-series';

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

/** The words landmarkLines writes with (the panels catalogue and a month format). */
export interface LandmarkText {
  month: (yyyyMm: string) => string;
  landmarkItem: (month: string, titles: string[]) => string;
  more: (n: number) => string;
}

/**
 * The landmark events the chart marks, one line per month, up to the cursor's day (never
 * one later in the cursor's month); a long list stops at `limit` months and its last line
 * says how many events it leaves out. `count` is every landmark event known on the day.
 */
export function landmarkLines(
  landmarks: readonly MonthLandmarks[],
  asOf: string,
  text: LandmarkText,
  limit = 30,
): { lines: string[]; count: number } {
  const known = landmarks
    .map((l) => ({ month: l.month, events: l.events.filter((e) => e.date <= asOf) }))
    .filter((l) => l.events.length > 0);
  const count = known.reduce((n, l) => n + l.events.length, 0);
  const lines = known.slice(0, limit).map((l) =>
    text.landmarkItem(
      text.month(l.month),
      l.events.map((e) => e.title),
    ),
  );
  const more = known.slice(limit).reduce((n, l) => n + l.events.length, 0);
  if (more) lines.push(text.more(more));
  return { lines, count };
}
