import { formatMonth } from './dates';
/**
 * The indicator series (data/indicators.json) as the panel reads them: the figure as of a
 * date, that figure in words, one text summary per chart, and the rows a chart draws.
 * Pure: no React, no clock; every date is an argument.
 *
 * "As of" rule. A figure describes a period (a year, or a month). The figure as of day D is
 * the figure for the period that contains D — the latest period that has started on or
 * before D (the cursor's year for an annual series, its month for a monthly one). If the
 * data has no figure for that period, there is none as of D: a gap stays a gap ("no
 * figure for 2024"), and the latest earlier figure is named as such, never carried
 * forward as if it were current. Before a series' first period there is no figure at all.
 */
import type { Dataset } from '../model/schema';
import type {
  Frequency,
  IndicatorGroup,
  IndicatorPoint,
  IndicatorSeries,
  Indicators,
} from '../model/indicators-schema';

export type ValueAsOf =
  | { kind: 'value'; period: string; point: IndicatorPoint }
  /** no figure for the period containing the date; `latest` is the last earlier one, if any */
  | { kind: 'gap'; period: string; latest: IndicatorPoint | null }
  /** the date comes before the series' first period */
  | { kind: 'before'; period: string; first: string };

/** The period of a frequency that contains an ISO date: '2020' or '2020-10'. */
export function periodOf(date: string, frequency: Frequency): string {
  return frequency === 'annual' ? date.slice(0, 4) : date.slice(0, 7);
}

/** The series' figure as of an ISO date (see the rule at the top of this file). */
export function valueAsOf(series: IndicatorSeries, date: string): ValueAsOf {
  const period = periodOf(date, series.frequency);
  const first = series.points[0];
  if (!first || period < first.period)
    return { kind: 'before', period, first: first?.period ?? period };
  let latest: IndicatorPoint | null = null;
  for (const point of series.points) {
    if (point.period === period) return { kind: 'value', period, point };
    if (point.period < period) latest = point;
  }
  return { kind: 'gap', period, latest };
}

/** '2020' → '2020', '2020-10' → 'October 2020'. */
export function periodLabel(period: string): string {
  if (period.length === 4) return period;
  return formatMonth(period);
}

/** The period as the series names it: a poll's year is "2020 poll". */
function pointLabel(series: IndicatorSeries, period: string): string {
  return series.group === 'opinion' ? `${period} poll` : periodLabel(period);
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A figure with its unit, as the sources give it: no rounding beyond two decimals. */
export function formatValue(value: number, unit: string): string {
  const n = numberFormat.format(value);
  if (unit === '%') return `${n} %`;
  if (/^(USD|JPY|KRW)\b/.test(unit)) {
    const [currency, ...rest] = unit.split(' ');
    return `${currency} ${n}${rest.length ? ` ${rest.join(' ')}` : ''}`;
  }
  return `${n} ${unit}`;
}

/**
 * The series as of a date in one sentence, e.g.
 * "2020 poll: Koreans with a bad impression of Japan: 71.6 %."
 */
export function describeValueAsOf(series: IndicatorSeries, date: string): string {
  const found = valueAsOf(series, date);
  if (found.kind === 'before')
    return `${series.title}: no figure before ${pointLabel(series, found.first)}.`;
  if (found.kind === 'gap') {
    const latest = found.latest
      ? ` (latest earlier: ${pointLabel(series, found.latest.period)}, ${formatValue(found.latest.value, series.unit)})`
      : '';
    return `${series.title}: no figure for ${periodLabel(found.period)}${latest}.`;
  }
  const { point } = found;
  const brk = point.break ? ` ${point.break}` : '';
  return `${pointLabel(series, point.period)}: ${series.title}: ${formatValue(point.value, series.unit)}.${brk}`;
}

export const groupNames: Record<IndicatorGroup, string> = {
  opinion: 'Public opinion',
  travel: 'Travel',
  trade: 'Trade',
};

/** One small multiple: series of one group, unit and frequency, drawn on one scale. */
export interface IndicatorChart {
  id: string;
  group: IndicatorGroup;
  unit: string;
  frequency: Frequency;
  title: string;
  series: IndicatorSeries[];
}

/** Series grouped into charts (same group, unit and frequency), in the order of the file. */
export function indicatorCharts(indicators: Indicators): IndicatorChart[] {
  const charts = new Map<string, IndicatorChart>();
  for (const series of indicators.series) {
    const key = `${series.group}|${series.unit}|${series.frequency}`;
    let chart = charts.get(key);
    if (!chart) {
      chart = {
        id: `${series.group}-${series.unit === '%' ? 'percent' : series.unit}-${series.frequency}`
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
        group: series.group,
        unit: series.unit,
        frequency: series.frequency,
        title: `${groupNames[series.group]}: ${unitName(series.unit)}, ${series.frequency}`,
        series: [],
      };
      charts.set(key, chart);
    }
    chart.series.push(series);
  }
  return [...charts.values()];
}

function unitName(unit: string): string {
  return unit === '%' ? 'per cent of respondents' : unit;
}

/** Where the series breaks (not comparable across the point): periods, in order. */
export function breaksOf(series: IndicatorSeries): string[] {
  return series.points.filter((p) => p.break).map((p) => p.period);
}

/** A text summary of a chart: per series, its span, lowest and highest figures, breaks. */
export function describeChart(chart: IndicatorChart): string {
  return chart.series
    .map((series) => {
      const points = series.points;
      const first = points[0]!;
      const last = points[points.length - 1]!;
      let low = first;
      let high = first;
      for (const p of points) {
        if (p.value < low.value) low = p;
        if (p.value > high.value) high = p;
      }
      const span =
        first.period === last.period
          ? periodLabel(first.period)
          : `${periodLabel(first.period)} to ${periodLabel(last.period)}`;
      const count = `${points.length} figure${points.length === 1 ? '' : 's'}`;
      const range =
        points.length > 1
          ? `, lowest ${formatValue(low.value, series.unit)} (${periodLabel(low.period)}), highest ${formatValue(high.value, series.unit)} (${periodLabel(high.period)})`
          : `: ${formatValue(first.value, series.unit)}`;
      const breaks = breaksOf(series);
      const brk = breaks.length
        ? `; series break at ${breaks.map(periodLabel).join(' and ')} (not comparable with earlier figures)`
        : '';
      return `${series.title}: ${count}, ${span}${range}${brk}.`;
    })
    .join(' ');
}

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date (UTC), for a numeric time axis. */
export function dateToTime(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

/** Where a period's figure is drawn: the middle of the period (2 July; the 15th). */
export function periodTime(period: string): number {
  if (period.length === 4) return Date.UTC(Number(period), 6, 2);
  return Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 15);
}

function nextPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) + 1);
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The key of a series' segment in chart rows: a break starts a new segment. */
export function segmentKey(seriesId: string, segment: number): string {
  return `${seriesId}~${segment}`;
}

export interface ChartRow {
  t: number;
  period: string;
  [key: string]: number | string | null;
}

/**
 * The rows a chart draws between two ISO dates: one row for every period in the span
 * (missing figures are null, so lines break at gaps), each series split into segments at
 * its breaks (`segmentKey(id, n)`), so a line never joins figures that are not comparable.
 */
export function chartRows(chart: IndicatorChart, from: string, to: string): ChartRow[] {
  const rows: ChartRow[] = [];
  const segments = chart.series.map((series) => {
    const bySegment = new Map<string, { segment: number; value: number }>();
    let segment = 0;
    for (const p of series.points) {
      if (p.break) segment += 1;
      bySegment.set(p.period, { segment, value: p.value });
    }
    return { series, bySegment, count: segment + 1 };
  });
  const last = periodOf(to, chart.frequency);
  for (let period = periodOf(from, chart.frequency); period <= last; period = nextPeriod(period)) {
    const row: ChartRow = { t: periodTime(period), period };
    for (const { series, bySegment, count } of segments) {
      const found = bySegment.get(period);
      for (let n = 0; n < count; n++)
        row[segmentKey(series.id, n)] = found && found.segment === n ? found.value : null;
    }
    rows.push(row);
  }
  return rows;
}

/** Number of segments of each series (1 + its breaks). */
export function segmentCount(series: IndicatorSeries): number {
  return 1 + breaksOf(series).length;
}

/** 1 January of every year in the span, for the time axis' ticks. */
export function yearTicks(from: string, to: string): number[] {
  const ticks: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const t = Date.UTC(y, 0, 1);
    if (t >= dateToTime(from) - DAY_MS && t <= dateToTime(to)) ticks.push(t);
  }
  return ticks;
}

/** Landmarks drawn on every chart, when the dataset has them: the measures and the settlement. */
export const LANDMARK_EVENT_IDS = [
  '2019-07-04-export-controls-take-effect',
  '2019-08-28-japan-white-list-removal-takes-effect',
  '2019-09-18-korea-white-list-removal-of-japan-takes-effect',
  '2023-03-06-seoul-third-party-compensation-plan',
  '2023-03-23-japan-export-controls-lifted',
] as const;

export interface Landmark {
  id: string;
  date: string;
  label: string;
}

/** The landmark events that exist in the dataset, in date order. */
export function indicatorLandmarks(dataset: Dataset): Landmark[] {
  const wanted = new Set<string>(LANDMARK_EVENT_IDS);
  return dataset.events
    .filter((e) => wanted.has(e.id))
    .map((e) => ({ id: e.id, date: e.date, label: e.label ?? e.title }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
