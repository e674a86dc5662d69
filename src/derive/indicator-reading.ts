/**
 * One sentence per series that reads its chart as of the cursor: the largest move, where it
 * stands now, and what the chart cannot say (gaps, breaks, figures after the cursor).
 * Pure: no React, no clock; the cursor and every word are arguments.
 */
import type { IndicatorPoint, IndicatorSeries } from '../model/indicators-schema';
import {
  formatValue,
  periodLabel,
  periodOf,
  type IndicatorWords,
  type LabelledValue,
} from './indicators';

/** The words of a reading, in the page's language (src/i18n/{en,ja,ko}/reading.ts). */
export interface ReadingWords {
  /** 'Japanese visitors to South Korea fell from 3,270,000 in 2019 to 15,265 in 2021' + latest */
  move: (
    title: string,
    direction: 'fell' | 'rose',
    from: LabelledValue,
    to: LabelledValue,
    latest: LabelledValue | null,
  ) => string;
  /** moves under a tenth: 'changed little, from … to …' */
  flat: (title: string, from: LabelledValue, to: LabelledValue) => string;
  /** one figure known on the cursor date */
  one: (title: string, only: LabelledValue) => string;
  /** none yet on the cursor date: the first is for `first` */
  none: (title: string, first: string) => string;
  /** periods without a figure between the first and the last read */
  gaps: (missing: number, frequency: 'annual' | 'monthly') => string;
  /** the periods from which figures are not comparable with the earlier ones */
  breaks: (periods: string[]) => string;
  /** figures after the cursor exist and are not read (said once per chart) */
  upTo: (date: string) => string;
}

/** A move smaller than this share of the larger figure is read as "changed little". */
const FLAT = 0.1;

function nextPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) + 1);
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** How many periods between `first` and `last` (both included) have no figure. */
export function missingPeriods(points: readonly IndicatorPoint[]): number {
  if (points.length < 2) return 0;
  let span = 0;
  const last = points[points.length - 1]!.period;
  for (let p = points[0]!.period; p <= last; p = nextPeriod(p)) span++;
  return span - points.length;
}

/**
 * The largest move between two figures of one comparable stretch (no break between them),
 * as a share of the larger figure; the earliest of equal moves. null with fewer than two.
 */
export function largestMove(
  points: readonly IndicatorPoint[],
): { from: IndicatorPoint; to: IndicatorPoint; share: number } | null {
  let best: { from: IndicatorPoint; to: IndicatorPoint; share: number } | null = null;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (points[j]!.break) break; // a break starts a stretch that is not comparable
      const a = points[i]!.value;
      const b = points[j]!.value;
      const larger = Math.max(Math.abs(a), Math.abs(b));
      const share = larger === 0 ? 0 : Math.abs(b - a) / larger;
      if (!best || share > best.share) best = { from: points[i]!, to: points[j]!, share };
    }
  }
  return best;
}

/** The first figure of the last comparable stretch (from the last break on). */
function stretchStart(points: readonly IndicatorPoint[]): IndicatorPoint {
  let start = points[0]!;
  for (const p of points) if (p.break) start = p;
  return start;
}

/**
 * The series read as of `asOf`: only the figures for periods that have started by then
 * (the panel's as-of rule), never a later one.
 */
export function readSeries(
  series: IndicatorSeries,
  asOf: string,
  words: IndicatorWords,
  reading: ReadingWords,
): string {
  const current = periodOf(asOf, series.frequency);
  const known = series.points.filter((p) => p.period <= current);
  // periods as plain years and months: a sentence says "in 2019", not "in 2019 poll"
  const labelled = (p: IndicatorPoint): LabelledValue => ({
    value: formatValue(p.value, series.unit, words),
    period: periodLabel(p.period, words),
  });
  if (known.length === 0)
    return reading.none(series.title, periodLabel(series.points[0]!.period, words));
  let text: string;
  const move = largestMove(known);
  const latest = known[known.length - 1]!;
  const stretch = stretchStart(known);
  if (!move || (move.share < FLAT && stretch === latest))
    text = reading.one(series.title, labelled(latest));
  else if (move.share < FLAT)
    // little change: said over the latest comparable stretch, never across a break
    text = reading.flat(series.title, labelled(stretch), labelled(latest));
  else
    text = reading.move(
      series.title,
      move.to.value < move.from.value ? 'fell' : 'rose',
      labelled(move.from),
      labelled(move.to),
      move.to === latest ? null : labelled(latest),
    );
  const missing = missingPeriods(known);
  if (missing > 0) text += reading.gaps(missing, series.frequency);
  const breaks = known.slice(1).filter((p) => p.break);
  if (breaks.length) text += reading.breaks(breaks.map((p) => periodLabel(p.period, words)));
  return text;
}

/**
 * A chart read: a sentence per series, then, once, that figures after the cursor are left
 * out (when a series has any).
 */
export function readChart(
  series: readonly IndicatorSeries[],
  asOf: string,
  cursorLabel: string,
  words: IndicatorWords,
  reading: ReadingWords,
): string {
  const text = series.map((s) => readSeries(s, asOf, words, reading)).join(' ');
  const later = series.some(
    (s) => s.points[s.points.length - 1]!.period > periodOf(asOf, s.frequency),
  );
  return later ? text + reading.upTo(cursorLabel) : text;
}
