/**
 * Two dates side by side: each issue's status then and now with the events between, each
 * summit condition then and now, each indicator's figure then and now with the change, and
 * the barometer's six-month mean on both dates. Pure: dates are arguments, words come from
 * the caller in the page's language.
 *
 * "Between" means after the earlier date and on or before the later one: what happened
 * on the earlier day is already part of its state.
 */
import type { Indicators, IndicatorSeries } from '../model/indicators-schema';
import type { ConditionState, Dataset, DisputeEvent, IssueStatus } from '../model/schema';
import { seriesFrom } from './data-span';
import { byDate } from './dates';
import { occurredOn } from './event-status';
import { valueAsOf, type ValueAsOf } from './indicators';
import { barometerSeries } from './barometer-series';
import { conditionStateAsOf, effectLog, issueStatusAsOf, type EffectLog } from './state-as-of';
import type { DateRange } from './url-state';

export interface StateOn<T> {
  value: T;
  since: string;
  eventId: string;
}

export interface IssueComparison {
  id: string;
  name: string;
  /** null: no status yet on that date */
  then: StateOn<IssueStatus> | null;
  now: StateOn<IssueStatus> | null;
  /** the issue's events that took place after `from` and on or before `to`, oldest first */
  between: DisputeEvent[];
}

export interface ConditionComparison {
  id: string;
  text: string;
  side: string;
  kind: 'condition' | 'demand';
  /** null: not yet demanded on that date */
  then: StateOn<ConditionState> | null;
  now: StateOn<ConditionState> | null;
}

export interface IndicatorComparison {
  id: string;
  title: string;
  unit: string;
  group: IndicatorSeries['group'];
  then: ValueAsOf;
  now: ValueAsOf;
  /** now minus then, when both dates have a figure; null otherwise (a gap is never a zero) */
  change: number | null;
}

export interface Comparison {
  range: DateRange;
  issues: IssueComparison[];
  conditions: ConditionComparison[];
  /** empty when the indicators are not loaded */
  indicators: IndicatorComparison[];
  /** the barometer's six-month mean as of each date; null before the series start */
  barometer: { then: number | null; now: number | null };
}

function stateOn<T>(found: { value: T; since: string; eventId: string } | null): StateOn<T> | null {
  return found && { value: found.value, since: found.since, eventId: found.eventId };
}

/**
 * The barometer's six-month mean as of a date, from the events on or before it only (the
 * month of the date counts its days up to the date, nothing later in that month).
 */
export function barometerMeanAsOf(dataset: Dataset, date: string): number | null {
  const from = seriesFrom(dataset);
  if (date < from) return null;
  const events = dataset.events.filter((e) => e.date >= from && e.date <= date);
  const points = barometerSeries(events, 6, { from, to: date });
  return points.length ? points[points.length - 1]!.rolling : null;
}

/** How a figure moved: now − then, rounded to two decimals; null unless both are figures. */
export function indicatorChange(then: ValueAsOf, now: ValueAsOf): number | null {
  if (then.kind !== 'value' || now.kind !== 'value') return null;
  return Math.round((now.point.value - then.point.value) * 100) / 100;
}

/** The comparison of two dates (see the top of this file). */
export function compareDates(
  dataset: Dataset,
  range: DateRange,
  indicators: Indicators | null = null,
  log: EffectLog = effectLog(dataset.events),
): Comparison {
  const { from, to } = range;
  const between = new Map<string, DisputeEvent[]>();
  for (const event of dataset.events) {
    const on = occurredOn(event);
    if (on === null || on <= from || on > to) continue;
    for (const issue of event.issues) {
      const list = between.get(issue);
      if (list) list.push(event);
      else between.set(issue, [event]);
    }
  }
  const byOccurrence = (a: DisputeEvent, b: DisputeEvent) =>
    byDate({ date: occurredOn(a) ?? a.date }, { date: occurredOn(b) ?? b.date });
  return {
    range,
    issues: dataset.issues.map((issue) => ({
      id: issue.id,
      name: issue.name,
      then: stateOn(issueStatusAsOf(dataset.events, issue.id, from, log)),
      now: stateOn(issueStatusAsOf(dataset.events, issue.id, to, log)),
      between: [...(between.get(issue.id) ?? [])].sort(byOccurrence),
    })),
    conditions: dataset.summits.flatMap((summit) =>
      summit.conditions.map((c) => ({
        id: c.id,
        text: c.text,
        side: c.side,
        kind: c.kind ?? 'condition',
        then: stateOn(conditionStateAsOf(dataset.events, c.id, from, log)),
        now: stateOn(conditionStateAsOf(dataset.events, c.id, to, log)),
      })),
    ),
    indicators: (indicators?.series ?? []).map((series) => {
      const then = valueAsOf(series, from);
      const now = valueAsOf(series, to);
      return {
        id: series.id,
        title: series.title,
        unit: series.unit,
        group: series.group,
        then,
        now,
        change: indicatorChange(then, now),
      };
    }),
    barometer: {
      then: barometerMeanAsOf(dataset, from),
      now: barometerMeanAsOf(dataset, to),
    },
  };
}

/** Whether anything about an issue differs between the two dates. */
export function issueChanged(row: IssueComparison): boolean {
  return row.then?.value !== row.now?.value || row.between.length > 0;
}

/** What the plain-text summary needs, in the page's language (see i18n compare). */
export interface CompareWords {
  heading: (from: string, to: string) => string;
  issuesHeading: string;
  conditionsHeading: string;
  indicatorsHeading: string;
  barometerHeading: string;
  date: (iso: string) => string;
  issueStatus: (status: IssueStatus | null) => string;
  conditionState: (state: ConditionState | null) => string;
  /** 'Export controls: escalating → resolved; 24 events between' */
  issueLine: (name: string, then: string, now: string, count: number) => string;
  conditionLine: (text: string, then: string, now: string) => string;
  /** a figure as of a date, in words ('71.6 % (2019 poll)', 'no figure for 2024') */
  figure: (found: ValueAsOf, series: { unit: string; group: IndicatorSeries['group'] }) => string;
  indicatorLine: (title: string, then: string, now: string, change: number | null) => string;
  barometerLine: (then: number | null, now: number | null) => string;
  unchanged: (count: number) => string;
  link: (url: string) => string;
}

/**
 * The comparison as plain text for a memo: the issues that changed (or had events between),
 * then a count of those that did not, every condition, every indicator, the barometer and
 * the permalink.
 */
export function comparisonText(c: Comparison, words: CompareWords, url: string): string {
  const lines = [words.heading(words.date(c.range.from), words.date(c.range.to)), ''];
  lines.push(words.issuesHeading);
  const changed = c.issues.filter(issueChanged);
  for (const row of changed)
    lines.push(
      `- ${words.issueLine(
        row.name,
        words.issueStatus(row.then?.value ?? null),
        words.issueStatus(row.now?.value ?? null),
        row.between.length,
      )}`,
    );
  const same = c.issues.length - changed.length;
  if (same > 0) lines.push(`- ${words.unchanged(same)}`);
  if (c.conditions.length) {
    lines.push('', words.conditionsHeading);
    for (const row of c.conditions)
      lines.push(
        `- ${words.conditionLine(
          row.text,
          words.conditionState(row.then?.value ?? null),
          words.conditionState(row.now?.value ?? null),
        )}`,
      );
  }
  if (c.indicators.length) {
    lines.push('', words.indicatorsHeading);
    for (const row of c.indicators)
      lines.push(
        `- ${words.indicatorLine(
          row.title,
          words.figure(row.then, row),
          words.figure(row.now, row),
          row.change,
        )}`,
      );
  }
  lines.push(
    '',
    words.barometerHeading,
    `- ${words.barometerLine(c.barometer.then, c.barometer.now)}`,
  );
  lines.push('', words.link(url));
  return lines.join('\n');
}
