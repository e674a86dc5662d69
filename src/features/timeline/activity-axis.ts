import { dayNumber, monthFromNumber, monthNumber } from '../../derive/dates';
import type { Domain } from '../lanes';

/** A month on the lanes' day scale: its first day and the first day of the next month. */
export function monthDays(month: string): { start: number; end: number } {
  return {
    start: dayNumber(month),
    end: dayNumber(monthFromNumber(monthNumber(month) + 1)),
  };
}

/** The span of a run of months, first day to the end of the last, for a chart with no lanes to follow. */
export function monthsDomain(months: readonly string[]): Domain | null {
  if (months.length === 0) return null;
  return { start: monthDays(months[0]!).start, end: monthDays(months[months.length - 1]!).end };
}

/**
 * The months the chart shows bars for: those the brush keeps (`range`) that reach into
 * the visible `domain`, a month cut by either edge included (part of its bar is drawn).
 * What the summary counts, so that it says what the bars show. null when none is in view.
 */
export function monthsInView(
  months: readonly string[],
  range: { startIndex: number; endIndex: number },
  domain: Domain,
): { startIndex: number; endIndex: number } | null {
  let startIndex = -1;
  let endIndex = -1;
  for (let i = range.startIndex; i <= range.endIndex && i < months.length; i++) {
    const { start, end } = monthDays(months[i]!);
    if (end <= domain.start || start >= domain.end) continue;
    if (startIndex === -1) startIndex = i;
    endIndex = i;
  }
  return startIndex === -1 ? null : { startIndex, endIndex };
}

/**
 * The stretch of the visible domain before the first counted month, which the chart marks
 * as not counted (the lanes reach back to 1965; the counts open where the series do):
 * empty there means not counted, not a quiet month. null when the domain starts inside, or
 * less than `minDays` before (the lanes' few days of air around their events hold no month).
 */
export function uncountedBefore(
  months: readonly string[],
  domain: Domain,
  minDays = 28,
): Domain | null {
  if (months.length === 0) return null;
  const first = monthDays(months[0]!).start;
  return first - domain.start >= minDays
    ? { start: domain.start, end: Math.min(first, domain.end) }
    : null;
}

/** A month's bar placed on the day scale: drawn from its first day to its last, found at its middle. */
export type DayRow<Row extends { month: string }> = Row & {
  start: number;
  end: number;
  at: number;
};

export function onDayScale<Row extends { month: string }>(rows: readonly Row[]): DayRow<Row>[] {
  return rows.map((r) => {
    const { start, end } = monthDays(r.month);
    return { ...r, start, end, at: (start + end) / 2 };
  });
}

/** One issue's row of the small multiples: its bars, and the events they hold. */
export interface IssueRow {
  id: string;
  name: string;
  color: string;
  /** the issue's events in the months shown (an event in two issues counts in each) */
  total: number;
  /** the months shown in which the issue has events */
  bars: { month: string; start: number; end: number; n: number }[];
}

/**
 * The stacked bars taken apart: one row per issue over the months shown (`inView`, from
 * monthsInView), so that a reader can tell an issue's months by its name, not its colour.
 * Every row is drawn on one scale: `most` is the tallest bar of any row.
 */
export function issueRows(
  counts: readonly { month: string; byIssue: Record<string, number> }[],
  series: readonly { id: string; name: string; color: string }[],
  inView: { startIndex: number; endIndex: number } | null,
): { rows: IssueRow[]; most: number } {
  let most = 0;
  const rows = series.map((s) => {
    const bars: IssueRow['bars'] = [];
    let total = 0;
    if (inView)
      for (let i = inView.startIndex; i <= inView.endIndex; i++) {
        const row = counts[i];
        const n = row?.byIssue[s.id] ?? 0;
        if (!row || n === 0) continue;
        bars.push({ month: row.month, ...monthDays(row.month), n });
        total += n;
        if (n > most) most = n;
      }
    return { id: s.id, name: s.name, color: s.color, total, bars };
  });
  return { rows, most };
}
