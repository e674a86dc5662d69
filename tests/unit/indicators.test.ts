import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  IndicatorPoint,
  IndicatorSeries,
  Indicators,
} from '../../src/model/indicators-schema';
import {
  chartFrom,
  roundTicks,
  chartRows,
  describeChart,
  describeValueAsOf,
  latestSourceDate,
  rowsThrough,
  seriesThrough,
  formatValue,
  indicatorCharts,
  indicatorLandmarks,
  periodOf,
  segmentKey,
  valueAsOf,
} from '../../src/derive/indicators';
import { indicatorWords } from '../../src/features/indicators/indicator-words';
import { core } from '../../src/i18n/en/core';
import { indicators as enIndicators } from '../../src/i18n/en/indicators';
import { makeDataset, makeEvent } from '../fixtures/make';

const words = indicatorWords(core, enIndicators);

const bundled = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;
const byId = (id: string) => bundled.series.find((s) => s.id === id)!;

function makeSeries(
  over: Partial<IndicatorSeries> & { points: IndicatorPoint[] },
): IndicatorSeries {
  return {
    id: 'test-series',
    group: 'travel',
    title: 'Test visitors',
    unit: 'visitors',
    frequency: 'annual',
    definition: 'd',
    coverage: 'c',
    caveats: 'c',
    sources: [
      {
        publisher: 'P',
        title: 'T',
        url: 'https://example.org/a',
        published: '2020-01-01',
        kind: 'press',
      },
    ],
    ...over,
  };
}
const pt = (
  period: string,
  value: number,
  extra: Partial<IndicatorPoint> = {},
): IndicatorPoint => ({
  period,
  value,
  source: 0,
  ...extra,
});

const annual = makeSeries({ points: [pt('2018', 10), pt('2019', 20), pt('2021', 40)] });
const monthly = makeSeries({
  frequency: 'monthly',
  points: [pt('2019-06', 1), pt('2019-07', 2), pt('2019-09', 3)],
});

describe('periodOf', () => {
  it.each([
    ['2020-10-27', 'annual', '2020'],
    ['2020-10-27', 'monthly', '2020-10'],
    ['2020-01-01', 'annual', '2020'],
    ['2020-12-31', 'monthly', '2020-12'],
  ] as const)('%s (%s) → %s', (date, frequency, expected) => {
    expect(periodOf(date, frequency)).toBe(expected);
  });
});

describe('valueAsOf: the figure for the period containing the date', () => {
  it.each([
    ['annual, within a year that has a figure', annual, '2019-06-30', 'value', '2019', 20],
    ['annual, exactly on the first day of a year', annual, '2019-01-01', 'value', '2019', 20],
    ['annual, on the last day of the year before', annual, '2018-12-31', 'value', '2018', 10],
    ['annual, a gap stays a gap', annual, '2020-05-01', 'gap', '2020', undefined],
    ['annual, after the last figure', annual, '2023-01-01', 'gap', '2023', undefined],
    ['annual, before the first point', annual, '2017-12-31', 'before', '2017', undefined],
    ['monthly, exactly on the first of a month', monthly, '2019-07-01', 'value', '2019-07', 2],
    ['monthly, last day of a month', monthly, '2019-06-30', 'value', '2019-06', 1],
    ['monthly, a missing month', monthly, '2019-08-15', 'gap', '2019-08', undefined],
    ['monthly, before the first point', monthly, '2019-05-31', 'before', '2019-05', undefined],
  ])('%s', (_name, series, date, kind, period, value) => {
    const found = valueAsOf(series, date);
    expect(found.kind).toBe(kind);
    expect(found.period).toBe(period);
    if (found.kind === 'value') expect(found.point.value).toBe(value);
  });

  it('names the latest earlier figure in a gap, without carrying it forward', () => {
    const found = valueAsOf(monthly, '2019-08-15');
    expect(found).toMatchObject({ kind: 'gap', latest: { period: '2019-07', value: 2 } });
  });

  it('annual and monthly series of the same data differ on the same day', () => {
    expect(valueAsOf(byId('kr-visitors-to-japan-annual'), '2019-08-10')).toMatchObject({
      kind: 'value',
      period: '2019',
    });
    expect(valueAsOf(byId('kr-visitors-to-japan-monthly'), '2019-08-10')).toMatchObject({
      kind: 'value',
      period: '2019-08',
      point: { value: 308700 },
    });
  });
});

describe('describeValueAsOf', () => {
  it.each([
    ['kr-bad-of-jp', '2020-10-27', '2020 poll: Koreans with a bad impression of Japan: 71.6 %.'],
    [
      'kr-visitors-to-japan-monthly',
      '2019-08-01',
      'August 2019: South Korean visitors to Japan (monthly): 308,700 visitors.',
    ],
    [
      'kr-visitors-to-japan-monthly',
      '2020-10-27',
      'South Korean visitors to Japan (monthly): no figure for October 2020 (latest earlier: May 2020, 20 visitors).',
    ],
    [
      'jp-good-of-kr',
      '2024-06-01',
      'Japanese with a good impression of South Korea: no figure for 2024 (latest earlier: 2023 poll, 37.4 %).',
    ],
    [
      'kr-visitors-to-japan-annual',
      '2016-05-01',
      'South Korean visitors to Japan (annual): no figure before 2017.',
    ],
  ])('%s as of %s', (id, date, sentence) => {
    expect(describeValueAsOf(byId(id), date, words)).toBe(sentence);
  });

  it('says so in words when a figure is a break in the series', () => {
    expect(describeValueAsOf(byId('kr-bad-of-jp'), '2025-09-01', words)).toMatch(
      /^2025 poll: Koreans with a bad impression of Japan: 37\.1 %\. Series break: .*not from a Genron NPO poll/,
    );
  });
});

describe('formatValue', () => {
  it.each([
    [71.6, '%', '71.6 %'],
    [5584600, 'visitors', '5,584,600 visitors'],
    [78300000, 'USD', 'USD 78,300,000'],
    [298891, 'USD thousand', 'USD 298,891 thousand'],
    [19835.7, 'tonnes', '19,835.7 tonnes'],
  ])('%s %s', (value, unit, expected) => {
    expect(formatValue(value, unit, words)).toBe(expected);
  });
});

describe('charts', () => {
  const charts = indicatorCharts(bundled, words);
  it('groups series of one group, unit and frequency; every series once', () => {
    expect(charts.flatMap((c) => c.series.map((s) => s.id)).sort()).toEqual(
      bundled.series.map((s) => s.id).sort(),
    );
    const opinion = charts.find((c) => c.group === 'opinion')!;
    expect(opinion.series.map((s) => s.id)).toEqual([
      'jp-good-of-kr',
      'jp-bad-of-kr',
      'kr-good-of-jp',
      'kr-bad-of-jp',
    ]);
    for (const c of charts)
      for (const s of c.series) expect([s.unit, s.frequency]).toEqual([c.unit, c.frequency]);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });

  it('rows: one per period in the span, null where there is no figure, segments split at breaks', () => {
    const opinion = charts.find((c) => c.group === 'opinion')!;
    const rows = chartRows(opinion, '2018-01-01', '2026-11-27');
    expect(rows.map((r) => r.period)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    const y = (p: string) => rows.find((r) => r.period === p)!;
    expect(y('2020')[segmentKey('kr-bad-of-jp', 0)]).toBe(71.6);
    expect(y('2024')[segmentKey('jp-good-of-kr', 0)]).toBeNull();
    expect(y('2024')[segmentKey('kr-bad-of-jp', 0)]).toBeNull();
    expect(y('2024')[segmentKey('kr-bad-of-jp', 1)]).toBe(42.7);
    expect(y('2025')[segmentKey('kr-bad-of-jp', 2)]).toBe(37.1);
    expect(y('2025')[segmentKey('jp-good-of-kr', 1)]).toBe(24.8);
    expect(y('2026')[segmentKey('kr-bad-of-jp', 2)]).toBeNull();
  });

  it('monthly rows keep missing months as gaps', () => {
    const chart = indicatorCharts({ title: 't', description: 'd', series: [monthly] }, words)[0]!;
    const rows = chartRows(chart, '2019-06-01', '2019-09-30');
    expect(rows.map((r) => r[segmentKey('test-series', 0)])).toEqual([1, 2, null, 3]);
  });

  it('summary names the span, the extremes and the breaks', () => {
    const opinion = charts.find((c) => c.group === 'opinion')!;
    expect(describeChart(opinion, words)).toContain(
      'Koreans with a bad impression of Japan: 13 figures, 2013 to 2025, lowest 37.1 % (2025), highest 76.6 % (2013); series break at 2024 and 2025',
    );
  });
});

describe('indicatorLandmarks', () => {
  it('takes the listed events that exist, in date order', () => {
    const dataset = makeDataset({
      events: [
        makeEvent({ id: '2023-03-06-seoul-third-party-compensation-plan', date: '2023-03-06' }),
        makeEvent({
          id: '2019-07-04-export-controls-take-effect',
          date: '2019-07-04',
          label: 'Controls take effect',
        }),
        makeEvent({ id: 'something-else', date: '2020-01-01' }),
      ],
    });
    expect(indicatorLandmarks(dataset).map((l) => [l.date, l.label])).toEqual([
      ['2019-07-04', 'Controls take effect'],
      ['2023-03-06', expect.any(String)],
    ]);
  });
});

describe('chartFrom', () => {
  const chartOf = (...firsts: string[]) =>
    ({
      series: firsts.map((period) => ({ points: [{ period, value: 1 }] })),
    }) as unknown as Parameters<typeof chartFrom>[0];

  it.each([
    ['a poll that starts in 2013 opens its chart in 2013', chartOf('2013', '2019'), '2013-01-01'],
    ['a monthly series from March 2017', chartOf('2017-03'), '2017-03-01'],
    ['series that start later keep the timeline’s start', chartOf('2019-07'), '2018-01-01'],
  ])('%s', (_name, chart, expected) => {
    expect(chartFrom(chart, '2018-01-01')).toBe(expected);
  });
});

describe('roundTicks', () => {
  it.each([
    ['1,000 / 2,000, never 850 / 1.7K', [120, 2550], [0, 1000, 2000, 3000]],
    ['percentages', [12.5, 76.2], [0, 20, 40, 60, 80]],
    ['below zero too, the top tick above the highest value', [-35, 42], [-40, -20, 0, 20, 40, 60]],
    ['small values', [0.3, 0.9], [0, 0.5, 1]],
    ['no value', [], []],
  ])('%s', (_name, values, expected) => {
    expect(roundTicks(values)).toEqual(expected);
  });
});

describe('the figures known on the cursor date', () => {
  it.each<[string, string, string[]]>([
    ['before the first period', '2017-12-31', []],
    ['on the first day of a period', '2019-01-01', ['2018', '2019']],
    ['inside the period of a figure', '2019-09-01', ['2018', '2019']],
    ['in a gap year', '2020-06-30', ['2018', '2019']],
    ['after the last figure', '2030-01-01', ['2018', '2019', '2021']],
  ])('an annual series %s (%s) keeps %j', (_name, asOf, periods) => {
    expect(seriesThrough(annual, asOf).points.map((p) => p.period)).toEqual(periods);
  });

  it.each<[string, string[]]>([
    ['2019-05-31', []],
    ['2019-06-01', ['2019-06']],
    ['2019-08-31', ['2019-06', '2019-07']],
    ['2019-09-01', ['2019-06', '2019-07', '2019-09']],
  ])('a monthly series as of %s keeps %j (the month of the cursor included)', (asOf, periods) => {
    expect(seriesThrough(monthly, asOf).points.map((p) => p.period)).toEqual(periods);
  });

  it('rows stop at the period that contains the cursor; the span before stays whole', () => {
    const chart = indicatorCharts({ title: 't', description: 'd', series: [monthly] }, words)[0]!;
    const rows = chartRows(chart, '2019-06-01', '2019-09-30');
    expect(rowsThrough(rows, '2019-08-15', 'monthly').map((r) => r.period)).toEqual([
      '2019-06',
      '2019-07',
      '2019-08',
    ]);
    expect(rowsThrough(rows, '2019-05-01', 'monthly')).toEqual([]);
  });

  it('the summary as of a date tells no later figure, and says when a series starts later', () => {
    const opinion = indicatorCharts(bundled, words).find((c) => c.group === 'opinion')!;
    const summary = describeChart(opinion, words, '2019-09-01');
    expect(summary).toContain(
      'Koreans with a bad impression of Japan: 7 figures, 2013 to 2019, lowest 49.9 % (2019), highest 76.6 % (2013).',
    );
    expect(summary).not.toMatch(/202\d/);
    expect(describeChart(opinion, words, '2012-06-01')).toContain('no figure before 2013 poll');
  });
});

describe('latestSourceDate', () => {
  it('is the latest day a cited report was published, or empty without sources', () => {
    const series = (published: string[]) =>
      makeSeries({
        points: [],
        sources: published.map((p) => ({ ...annual.sources[0]!, published: p })),
      });
    const file = (s: IndicatorSeries[]) => ({ title: 't', description: 'd', series: s });
    expect(
      latestSourceDate(file([series(['2019-01-02']), series(['2024-05-01', '2020-03-04'])])),
    ).toBe('2024-05-01');
    expect(latestSourceDate(file([]))).toBe('');
  });
});
