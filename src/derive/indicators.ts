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
 *
 * Every text is built with `IndicatorWords`, given by the caller in the page's language
 * (the derive layer holds no interface words of its own).
 */
import type { Dataset } from '../model/schema';
import { byDate, dayNumber } from './dates';
import type {
  Frequency,
  IndicatorGroup,
  IndicatorPoint,
  IndicatorSeries,
  Indicators,
} from '../model/indicators-schema';

/** A figure with its unit and the period it is for, as the words of a summary take it. */
export interface LabelledValue {
  value: string;
  period: string;
}

/** What a chart's or a sentence's words need, in the page's language (see i18n indicators). */
export interface IndicatorWords {
  /** a year as a period: '2020' */
  year: (year: number) => string;
  /** a month as a period, for 'YYYY-MM': 'October 2020' */
  month: (yyyyMm: string) => string;
  /** an opinion poll's year as a period: '2020 poll' */
  poll: (year: string) => string;
  /** a formatted figure with its unit (the unit as the data gives it): '71.6 %', 'USD 12' */
  value: (figure: string, unit: string) => string;
  /** a chart's name: 'Public opinion: per cent of respondents, annual' */
  chartTitle: (group: IndicatorGroup, unit: string, frequency: Frequency) => string;
  /** '2020 poll: Koreans with …: 71.6 %.' then the break's own words, if any */
  valueSentence: (period: string, title: string, value: string, seriesBreak: string) => string;
  /** 'Title: no figure before 2017.' */
  noFigureBefore: (title: string, first: string) => string;
  /** 'Title: no figure for 2024 (latest earlier: 2023 poll, 37.4 %).' */
  noFigureFor: (title: string, period: string, latest: LabelledValue | null) => string;
  /** one series in a chart's summary */
  seriesSummary: (summary: SeriesSummary) => string;
}

/** What a chart's summary says of one series. */
export interface SeriesSummary {
  title: string;
  count: number;
  first: string;
  /** null when every figure is for one period */
  last: string | null;
  /** the single figure, when there is one */
  only: string | null;
  lowest: LabelledValue;
  highest: LabelledValue;
  /** the periods where the series breaks, labelled, in order */
  breaks: string[];
}

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

/** '2020' → '2020', '2020-10' → 'October 2020' (in the words given). */
export function periodLabel(period: string, words: IndicatorWords): string {
  if (period.length === 4) return words.year(Number(period));
  return words.month(period);
}

/** The period as the series names it: a poll's year is "2020 poll". */
function pointLabel(series: IndicatorSeries, period: string, words: IndicatorWords): string {
  return series.group === 'opinion' ? words.poll(period) : periodLabel(period, words);
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A figure with its unit, as the sources give it: no rounding beyond two decimals. */
export function formatValue(value: number, unit: string, words: IndicatorWords): string {
  return words.value(numberFormat.format(value), unit);
}

/**
 * The series as of a date in one sentence, e.g.
 * "2020 poll: Koreans with a bad impression of Japan: 71.6 %."
 */
export function describeValueAsOf(
  series: IndicatorSeries,
  date: string,
  words: IndicatorWords,
): string {
  const found = valueAsOf(series, date);
  if (found.kind === 'before')
    return words.noFigureBefore(series.title, pointLabel(series, found.first, words));
  if (found.kind === 'gap') {
    const latest = found.latest && {
      period: pointLabel(series, found.latest.period, words),
      value: formatValue(found.latest.value, series.unit, words),
    };
    return words.noFigureFor(series.title, periodLabel(found.period, words), latest);
  }
  const { point } = found;
  return words.valueSentence(
    pointLabel(series, point.period, words),
    series.title,
    formatValue(point.value, series.unit, words),
    point.break ?? '',
  );
}

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
export function indicatorCharts(indicators: Indicators, words: IndicatorWords): IndicatorChart[] {
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
        title: words.chartTitle(series.group, series.unit, series.frequency),
        series: [],
      };
      charts.set(key, chart);
    }
    chart.series.push(series);
  }
  return [...charts.values()];
}

/** Where the series breaks (not comparable across the point): periods, in order. */
export function breaksOf(series: IndicatorSeries): string[] {
  return series.points.filter((p) => p.break).map((p) => p.period);
}

/**
 * The series as known on `asOf`: its figures up to the period that contains that day (the
 * "as of" rule at the top of this file), so a chart, a summary or a table at an earlier
 * cursor shows no later figure.
 */
export function seriesThrough(series: IndicatorSeries, asOf: string): IndicatorSeries {
  const last = periodOf(asOf, series.frequency);
  const n = series.points.findIndex((p) => p.period > last);
  return n === -1 ? series : { ...series, points: series.points.slice(0, n) };
}

/** The day of the latest report the indicators cite ('' when none): their texts are later. */
export function latestSourceDate(indicators: Indicators): string {
  let latest = '';
  for (const series of indicators.series)
    for (const source of series.sources) if (source.published > latest) latest = source.published;
  return latest;
}

/** The rows a chart draws on `asOf`: those of periods up to the one containing that day. */
export function rowsThrough(rows: readonly ChartRow[], asOf: string, frequency: Frequency) {
  const last = periodOf(asOf, frequency);
  return rows.filter((r) => r.period <= last);
}

/**
 * A text summary of a chart: per series, its span, lowest and highest figures, breaks. With
 * `asOf`, only the figures known then (see seriesThrough); a series whose first figure is
 * later says so.
 */
export function describeChart(chart: IndicatorChart, words: IndicatorWords, asOf?: string): string {
  return chart.series
    .map((whole) => {
      const series = asOf === undefined ? whole : seriesThrough(whole, asOf);
      const points = series.points;
      if (points.length === 0)
        return words.noFigureBefore(
          series.title,
          pointLabel(whole, whole.points[0]!.period, words),
        );
      const first = points[0]!;
      const last = points[points.length - 1]!;
      let low = first;
      let high = first;
      for (const p of points) {
        if (p.value < low.value) low = p;
        if (p.value > high.value) high = p;
      }
      const labelled = (p: IndicatorPoint) => ({
        value: formatValue(p.value, series.unit, words),
        period: periodLabel(p.period, words),
      });
      return words.seriesSummary({
        title: series.title,
        count: points.length,
        first: periodLabel(first.period, words),
        last: first.period === last.period ? null : periodLabel(last.period, words),
        only: points.length > 1 ? null : formatValue(first.value, series.unit, words),
        lowest: labelled(low),
        highest: labelled(high),
        breaks: breaksOf(series).map((p) => periodLabel(p, words)),
      });
    })
    .join(' ');
}

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date (UTC), for a numeric time axis. */
export function dateToTime(date: string): number {
  return dayNumber(date) * DAY_MS;
}

/** Where a period's figure is drawn: the middle of the period (2 July; the 15th). */
export function periodTime(period: string): number {
  return dateToTime(period.length === 4 ? `${period}-07-02` : `${period.slice(0, 7)}-15`);
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
    const t = dateToTime(`${String(y).padStart(4, '0')}-01-01`);
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
    .sort(byDate);
}

/**
 * Where a chart's axis starts: the timeline's start, or earlier when a series begins
 * earlier, so that every series is drawn over its full span (the poll from 2013).
 */
export function chartFrom(chart: IndicatorChart, from: string): string {
  let start = from;
  for (const series of chart.series) {
    const first = series.points[0]?.period;
    if (!first) continue;
    const date = first.length === 4 ? `${first}-01-01` : `${first}-01`;
    if (date < start) start = date;
  }
  return start;
}

/**
 * Round ticks for a value axis (steps of 1, 2 or 5 times a power of ten: 1,000 / 2,000,
 * never 850 / 1.7K), from zero, or from below zero when a value is negative. About
 * `count` steps cover the values; empty when there is no value.
 */
export function roundTicks(values: readonly number[], count = 4): number[] {
  if (values.length === 0) return [];
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (high === low) return [0, 1];
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let v = Math.floor(low / step) * step; v < high + step; v += step) {
    ticks.push(Math.round(v / power) * power || 0);
    if (v >= high) break;
  }
  return ticks;
}
