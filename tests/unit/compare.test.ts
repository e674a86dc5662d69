import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import indicatorsJson from '../../data/indicators.json';
import {
  barometerMeanAsOf,
  compareDates,
  comparisonText,
  indicatorChange,
  issueChanged,
  type CompareWords,
} from '../../src/derive/compare';
import type { ValueAsOf } from '../../src/derive/indicators';
import type { Indicators, IndicatorSeries } from '../../src/model/indicators-schema';
import type { Dataset } from '../../src/model/schema';
import { makeDataset, makeEvent, makeMeta } from '../fixtures/make';

const data = makeDataset();

const series = (points: { period: string; value: number }[]): IndicatorSeries =>
  ({
    id: 'poll',
    title: 'Koreans with a bad impression of Japan',
    group: 'opinion',
    unit: '%',
    frequency: 'annual',
    sources: [],
    points: points.map((p) => ({ ...p, source: 0 })),
  }) as unknown as IndicatorSeries;

describe('compareDates: issues', () => {
  it.each<[string, string, string, string | null, string | null, string[]]>([
    [
      'before the first effect, then escalating',
      '2019-06-30',
      '2019-07-01',
      null,
      'escalating',
      ['controls'],
    ],
    [
      'escalating, then resolved by the summit',
      '2019-07-01',
      '2024-05-27',
      'escalating',
      'resolved',
      ['suga-condition', 'summit-seoul'],
    ],
    // an event on the earlier date is part of its state, not "between"
    ['the same day on both sides', '2019-07-01', '2019-07-01', 'escalating', 'escalating', []],
    [
      'the day before the summit',
      '2019-07-01',
      '2024-05-26',
      'escalating',
      'escalating',
      ['suga-condition'],
    ],
  ])('export controls %s (%s → %s)', (_name, from, to, then, now, between) => {
    const row = compareDates(data, { from, to }).issues.find((i) => i.id === 'export-controls')!;
    expect(row.then?.value ?? null).toBe(then);
    expect(row.now?.value ?? null).toBe(now);
    expect(row.between.map((e) => e.id)).toEqual(between);
  });

  it('counts a planned event only once it took place (its occurrence date, not its first date)', () => {
    const row = compareDates(data, { from: '2019-01-01', to: '2021-01-01' }).issues.find(
      (i) => i.id === 'export-controls',
    )!;
    expect(row.between.map((e) => e.id)).toEqual(['controls', 'suga-condition']);
  });

  it('marks an issue unchanged only when its status is the same and nothing happened between', () => {
    const c = compareDates(data, { from: '2021-01-01', to: '2022-01-01' });
    expect(c.issues.filter(issueChanged)).toEqual([]);
    const d = compareDates(data, { from: '2019-01-01', to: '2021-01-01' });
    expect(d.issues.filter(issueChanged).map((i) => i.id)).toEqual(['export-controls']);
  });
});

describe('compareDates: conditions', () => {
  it.each<[string, string, string | null, string | null]>([
    ['2019-01-01', '2020-10-12', null, 'not-met'],
    ['2020-10-12', '2024-05-27', 'not-met', 'partly-met'],
  ])('%s → %s', (from, to, then, now) => {
    const [row] = compareDates(data, { from, to }).conditions;
    expect(row!.then?.value ?? null).toBe(then);
    expect(row!.now?.value ?? null).toBe(now);
  });
});

describe('indicators', () => {
  const s = series([
    { period: '2019', value: 71.6 },
    { period: '2020', value: 70 },
    { period: '2023', value: 58.1 },
  ]);
  const indicators = { series: [s] } as unknown as Indicators;

  it.each<[string, string, number | null]>([
    ['2019-07-01', '2023-03-24', -13.5],
    ['2019-07-01', '2020-01-01', -1.6],
    // 2021 has no figure: a gap, never a zero, so no change
    ['2019-07-01', '2021-06-01', null],
    // before the first figure
    ['2018-01-01', '2023-03-24', null],
  ])('%s → %s changes by %s', (from, to, change) => {
    const [row] = compareDates(data, { from, to }, indicators).indicators;
    expect(row!.change).toBe(change);
  });

  it('is empty without the indicators', () => {
    expect(compareDates(data, { from: '2019-01-01', to: '2020-01-01' }).indicators).toEqual([]);
  });

  it('indicatorChange needs a figure on both sides', () => {
    const value = (v: number): ValueAsOf => ({
      kind: 'value',
      period: '2020',
      point: { period: '2020', value: v, source: 0 } as never,
    });
    expect(indicatorChange(value(1), value(3.456))).toBe(2.46);
    expect(indicatorChange({ kind: 'gap', period: '2021', latest: null }, value(3))).toBeNull();
  });
});

describe('barometerMeanAsOf', () => {
  const d = makeDataset({
    meta: makeMeta({ defaultFrom: '2019-01-01' }),
    events: [
      makeEvent({ id: 'a', date: '2019-01-10', goldstein: -6 }),
      makeEvent({ id: 'b', date: '2019-02-10', goldstein: 6 }),
      makeEvent({ id: 'c', date: '2019-02-20', goldstein: -9 }),
    ],
  });
  it.each<[string, number | null]>([
    ['2018-12-31', null],
    ['2019-01-10', -6],
    // February counts only its days up to the date: b, not c
    ['2019-02-15', 0],
    ['2019-02-20', -4.5],
  ])('as of %s is %s', (date, mean) => {
    expect(barometerMeanAsOf(d, date)).toBe(mean);
  });
});

describe('the bundled data at the example address', () => {
  const c = compareDates(
    bundled as unknown as Dataset,
    { from: '2019-07-01', to: '2023-03-24' },
    indicatorsJson as unknown as Indicators,
  );
  it('says the export controls went from escalating to resolved, with the events between', () => {
    const row = c.issues.find((i) => i.id === 'export-controls')!;
    expect([row.then?.value, row.now?.value]).toEqual(['escalating', 'resolved']);
    expect(row.between.map((e) => e.id)).toContain('2023-03-23-japan-export-controls-lifted');
    expect(row.between.every((e) => e.date > '2019-07-01' && e.date <= '2023-03-24')).toBe(true);
  });
});

describe('comparisonText', () => {
  const words: CompareWords = {
    heading: (a, b) => `${a} compared with ${b}`,
    issuesHeading: 'Issues',
    conditionsHeading: 'Conditions',
    indicatorsHeading: 'Indicators',
    barometerHeading: 'Barometer',
    date: (iso) => iso,
    issueStatus: (s) => s ?? 'no status',
    conditionState: (s) => s ?? 'not yet demanded',
    issueLine: (name, then, now, n) => `${name}: ${then} → ${now}; ${n} events between`,
    conditionLine: (text, then, now) => `${text}: ${then} → ${now}`,
    figure: (f) => (f.kind === 'value' ? String(f.point.value) : 'no figure'),
    indicatorLine: (t, a, b, ch) => `${t}: ${a} → ${b} (${ch ?? 'no change figure'})`,
    barometerLine: (a, b) => `${a} → ${b}`,
    unchanged: (n) => `${n} issues unchanged`,
    link: (url) => `Link: ${url}`,
  };
  it('lists what changed, counts what did not, and ends with the link', () => {
    const text = comparisonText(
      compareDates(data, { from: '2019-01-01', to: '2024-05-27' }),
      words,
      'https://example.org/?compare=2019-01-01..2024-05-27',
    );
    expect(text.split('\n')).toEqual([
      '2019-01-01 compared with 2024-05-27',
      '',
      'Issues',
      '- Forced labour: escalating → escalating; 1 events between',
      '- Export controls: no status → resolved; 3 events between',
      '- 1 issues unchanged',
      '',
      'Conditions',
      '- Seoul must guarantee that seized assets will not be sold.: not yet demanded → partly-met',
      '',
      'Barometer',
      '- -0.5 → 0.7',
      '',
      'Link: https://example.org/?compare=2019-01-01..2024-05-27',
    ]);
  });
});
