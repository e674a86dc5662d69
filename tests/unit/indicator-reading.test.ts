import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  IndicatorPoint,
  IndicatorSeries,
  Indicators,
} from '../../src/model/indicators-schema';
import {
  largestMove,
  missingPeriods,
  readChart,
  readSeries,
} from '../../src/derive/indicator-reading';
import { indicatorWords } from '../../src/features/indicators/indicator-words';
import { core } from '../../src/i18n/en/core';
import { core as jaCore } from '../../src/i18n/ja/core';
import { indicators as enIndicators } from '../../src/i18n/en/indicators';
import { indicators as jaIndicators } from '../../src/i18n/ja/indicators';
import { reading } from '../../src/i18n/en/reading';
import { reading as jaReading } from '../../src/i18n/ja/reading';

const words = indicatorWords(core, enIndicators);
const bundled = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;
const byId = (id: string) => bundled.series.find((s) => s.id === id)!;

const pt = (period: string, value: number, extra: Partial<IndicatorPoint> = {}) => ({
  period,
  value,
  source: 0,
  ...extra,
});
function makeSeries(points: IndicatorPoint[], frequency: 'annual' | 'monthly' = 'annual') {
  return {
    id: 's',
    group: 'travel',
    title: 'Visitors',
    unit: 'visitors',
    frequency,
    definition: 'd',
    coverage: 'c',
    caveats: 'c',
    sources: [
      { publisher: 'P', title: 'T', url: 'https://e.org', published: '2020-01-01', kind: 'press' },
    ],
    points,
  } as IndicatorSeries;
}
const read = (series: IndicatorSeries, asOf: string) =>
  readChart([series], asOf, `cursor ${asOf}`, words, reading);

describe('readSeries', () => {
  it('reads the bundled travel series as the brief’s example does', () => {
    expect(read(byId('jp-visitors-to-korea-annual'), '2026-03-01')).toBe(
      'Japanese visitors to South Korea (annual) fell from 3,270,000 visitors in 2019 to 15,265 visitors in 2021 and stood at 3,220,000 visitors in 2024.',
    );
  });

  it.each<[string, IndicatorPoint[], string, string]>([
    [
      'a rise that is the latest figure names no later one',
      [pt('2018', 10), pt('2019', 12), pt('2020', 40)],
      '2020-06-01',
      'Visitors rose from 10 visitors in 2018 to 40 visitors in 2020.',
    ],
    [
      'a move under a tenth is little change',
      [pt('2018', 100), pt('2019', 95), pt('2020', 104)],
      '2020-06-01',
      'Visitors changed little, from 100 visitors in 2018 to 104 visitors in 2020.',
    ],
    [
      'one figure known',
      [pt('2018', 7), pt('2019', 9)],
      '2018-06-01',
      'Visitors: 7 visitors in 2018. Read up to cursor 2018-06-01; later figures are left out.',
    ],
    [
      'none yet on the cursor date',
      [pt('2018', 7)],
      '2017-06-01',
      'Visitors: no figure before 2018. Read up to cursor 2017-06-01; later figures are left out.',
    ],
    [
      'a gap is said, not bridged in silence',
      [pt('2017', 50), pt('2018', 10), pt('2021', 12)],
      '2021-06-01',
      'Visitors fell from 50 visitors in 2017 to 10 visitors in 2018 and stood at 12 visitors in 2021. No figure for 2 years in that span.',
    ],
  ])('%s', (_name, points, asOf, expected) => {
    expect(read(makeSeries(points), asOf)).toBe(expected);
  });

  it('never reads a figure after the cursor', () => {
    const series = makeSeries([pt('2018', 10), pt('2019', 90), pt('2020', 1)]);
    const text = read(series, '2019-03-01');
    expect(text).toBe(
      'Visitors rose from 10 visitors in 2018 to 90 visitors in 2019. Read up to cursor 2019-03-01; later figures are left out.',
    );
    expect(text).not.toMatch(/2020|\b1 visitors/);
  });

  it.each<[string, IndicatorPoint[], string]>([
    [
      'the move before the break, the latest figure after it, and where it breaks',
      [pt('2018', 50), pt('2019', 45), pt('2020', 5, { break: 'a different survey' })],
      'Visitors fell from 50 visitors in 2018 to 45 visitors in 2019 and stood at 5 visitors in 2020. The series breaks at 2020.',
    ],
    [
      'little change before a break is not bridged to the figure after it',
      [pt('2018', 50), pt('2019', 48), pt('2020', 49, { break: 'a different survey' })],
      'Visitors: 49 visitors in 2020. The series breaks at 2020.',
    ],
  ])('compares no figures across a break: %s', (_name, points, expected) => {
    expect(read(makeSeries(points), '2020-06-01')).toBe(expected);
  });

  it('reads a monthly series with its missing months', () => {
    const series = makeSeries([pt('2019-06', 10), pt('2019-07', 2), pt('2019-09', 3)], 'monthly');
    expect(read(series, '2019-09-30')).toBe(
      'Visitors fell from 10 visitors in June 2019 to 2 visitors in July 2019 and stood at 3 visitors in September 2019. No figure for 1 month in that span.',
    );
  });

  it('reads in Japanese with Japanese periods', () => {
    const ja = indicatorWords(jaCore, jaIndicators);
    const text = readSeries(
      makeSeries([pt('2018', 10), pt('2020', 40)]),
      '2020-06-01',
      ja,
      jaReading,
    );
    expect(text).toMatch(
      /^Visitorsは2018年の10.*から2020年の40.*に増加しました。この間、1年分の数値がありません。$/,
    );
  });
});

describe('readChart', () => {
  it('reads every series, then says once that later figures are left out', () => {
    const a = makeSeries([pt('2018', 10), pt('2019', 30)]);
    const b = { ...makeSeries([pt('2018', 5), pt('2020', 1)]), title: 'Others' };
    expect(readChart([a, b], '2019-05-01', '1 May 2019', words, reading)).toBe(
      'Visitors rose from 10 visitors in 2018 to 30 visitors in 2019. Others: 5 visitors in 2018. Read up to 1 May 2019; later figures are left out.',
    );
    expect(readChart([a], '2019-05-01', '1 May 2019', words, reading)).not.toMatch(/Read up to/);
  });
});

describe('largestMove and missingPeriods', () => {
  it('takes the largest move as a share of the larger figure, the earliest of equals', () => {
    const move = largestMove([pt('2018', 10), pt('2019', 20), pt('2020', 10), pt('2021', 20)]);
    expect([move?.from.period, move?.to.period]).toEqual(['2018', '2019']);
  });
  it('stops a stretch at a break', () => {
    expect(largestMove([pt('2018', 10), pt('2019', 1000, { break: 'b' })])).toBeNull();
  });
  it.each<[IndicatorPoint[], number]>([
    [[], 0],
    [[pt('2018', 1)], 0],
    [[pt('2018', 1), pt('2019', 1)], 0],
    [[pt('2018', 1), pt('2021', 1)], 2],
    [[pt('2019-11', 1), pt('2020-02', 1)], 2],
  ])('counts the periods without a figure (%#)', (points, missing) => {
    expect(missingPeriods(points)).toBe(missing);
  });
});
