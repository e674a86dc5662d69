import type { MonthCounts } from '../../derive/activity-series';
import { monthFromNumber, monthNumber } from '../../derive/dates';

// The activity chart's bars, made from the monthly counts: their stacked segments, the
// months shaded as not yet known, and the sentence a screen reader hears instead.

/** The words of the summary, in the page's language (the timeline catalogue's activity). */
export interface SummaryWords {
  none: string;
  summary: (total: number, from: string, to: string, busiest: string, most: number) => string;
  /** 'March 2023' for '2023-03' */
  month: (yyyyMm: string) => string;
}

/** A sentence a screen reader can use instead of the bars. */
export function activitySummary(rows: readonly MonthCounts[], words: SummaryWords): string {
  const total = rows.reduce((n, r) => n + r.total, 0);
  if (total === 0) return words.none;
  const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a));
  return words.summary(
    total,
    words.month(rows[0]!.month),
    words.month(rows[rows.length - 1]!.month),
    words.month(busiest.month),
    busiest.total,
  );
}

/**
 * The first month wholly after the cursor, which the chart shades as not yet known, up to
 * where events were searched (`through`); null when the cursor is in that last month or
 * later. Counted from the cursor, not from the bars: with later events hidden there are no
 * bars after it, and the empty months must still read as unknown, never as none.
 */
export function monthAfterCursor(asOf: string, through: string): string | null {
  const cursorMonth = asOf.slice(0, 7);
  if (cursorMonth >= through.slice(0, 7)) return null;
  return monthFromNumber(monthNumber(cursorMonth) + 1);
}

/** Vertical boxes of a stacked bar `height` px tall whose top is at `y`, bottom segment first. */
export function stackBoxes(
  segments: readonly { n: number }[],
  y: number,
  height: number,
): { y: number; h: number }[] {
  const total = segments.reduce((sum, s) => sum + s.n, 0);
  const out: { y: number; h: number }[] = [];
  let bottom = y + height;
  for (const s of segments) {
    const h = total ? (height * s.n) / total : 0;
    bottom -= h;
    out.push({ y: bottom, h });
  }
  return out;
}

/** An issue the activity chart stacks: its name and colour. */
export interface StackSeries {
  id: string;
  name: string;
  color: string;
}

/** One month: its events, and the issues they belong to, bottom first. */
export interface StackRow {
  month: string;
  /** events this month: the bar's height, what the summary counts */
  total: number;
  /** the month's events by issue; an event in two issues is in two segments */
  segments: { name: string; color: string; n: number }[];
}

/**
 * The bars of the activity chart. A bar is as tall as the month's events, the number the
 * summary gives; its segments share that height in proportion to each issue's events, so
 * an event in several issues does not make the bar taller than the events it counts.
 */
export function stackRows(
  counts: readonly MonthCounts[],
  series: readonly StackSeries[],
): StackRow[] {
  return counts.map((r) => ({
    month: r.month,
    total: r.total,
    segments: series.flatMap((b) =>
      r.byIssue[b.id] ? [{ name: b.name, color: b.color, n: r.byIssue[b.id]! }] : [],
    ),
  }));
}
