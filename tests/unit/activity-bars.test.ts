import { describe, expect, it } from 'vitest';
import { monthlyCounts } from '../../src/derive/activity-series';
import {
  activitySummary,
  monthAfterCursor,
  stackBoxes,
  stackRows,
} from '../../src/features/timeline/activity-bars';
import { core as enCore } from '../../src/i18n/en/core';
import { core as jaCore } from '../../src/i18n/ja/core';
import { chart as enChart } from '../../src/i18n/en/chart';
import { chart as jaChart } from '../../src/i18n/ja/chart';
import { makeEvent } from '../fixtures/make';

const en = { ...enChart.activity, month: enCore.format.month };
const ja = { ...jaChart.activity, month: jaCore.format.month };

describe('activitySummary', () => {
  it('says so when nothing matches', () => {
    expect(activitySummary([], en)).toBe('No events match the filters.');
  });

  it('gives the total, the range and the busiest month (the first of equals)', () => {
    const rows = monthlyCounts(
      [
        makeEvent({ date: '2019-07-01' }),
        makeEvent({ date: '2019-07-19' }),
        makeEvent({ date: '2019-09-11' }),
        makeEvent({ date: '2019-09-12' }),
        makeEvent({ date: '2019-10-01' }),
      ],
      ['export-controls'],
    );
    expect(activitySummary(rows, en)).toBe(
      '5 events from July 2019 to October 2019; the busiest month was July 2019 with 2.',
    );
    expect(activitySummary(rows, ja)).toBe(
      '2019年7月から2019年10月までに5件。最も多かったのは2019年7月の2件です。',
    );
  });
});

describe('monthAfterCursor', () => {
  it.each<[string, string | null]>([
    ['2020-10-27', '2020-11'],
    ['2020-10-01', '2020-11'],
    ['2020-12-31', '2021-01'],
    ['2026-02-28', '2026-03'],
    // the cursor in the last month searched, or on its last day: nothing after to shade
    ['2026-03-01', null],
    ['2026-03-13', null],
  ])('with the cursor on %s, searched through 13 Mar 2026: %o', (asOf, expected) => {
    expect(monthAfterCursor(asOf, '2026-03-13')).toEqual(expected);
  });
});

describe('stackBoxes', () => {
  it('stacks segments bottom first, in proportion, filling the bar exactly', () => {
    expect(stackBoxes([{ n: 1 }, { n: 3 }], 10, 80)).toEqual([
      { y: 70, h: 20 },
      { y: 10, h: 60 },
    ]);
  });
  it('draws nothing for an empty month', () => {
    expect(stackBoxes([{ n: 0 }], 0, 50)).toEqual([{ y: 50, h: 0 }]);
    expect(stackBoxes([], 0, 50)).toEqual([]);
  });
});

describe('stackRows', () => {
  const series = [
    { id: 'forced-labour', name: 'Forced labour', color: 'red' },
    { id: 'wto', name: 'WTO dispute', color: 'blue' },
  ];

  it('makes each bar as tall as its events, the number the summary counts', () => {
    // one event in two issues: one event, two segments
    const counts = monthlyCounts(
      [makeEvent({ date: '2019-07-01', issues: ['forced-labour', 'wto'] })],
      ['forced-labour', 'wto'],
    );
    const [row] = stackRows(counts, series);
    expect(row!.total).toBe(1);
    expect(row!.segments.map((s) => [s.name, s.n])).toEqual([
      ['Forced labour', 1],
      ['WTO dispute', 1],
    ]);
    const words = { none: '', summary: (n: number) => `${n} events`, month: (m: string) => m };
    expect(activitySummary(counts, words)).toBe('1 events');
  });

  it('leaves out issues that are not shown', () => {
    const counts = monthlyCounts(
      [makeEvent({ date: '2019-07-01', issues: ['forced-labour', 'wto'] })],
      ['wto'],
    );
    expect(stackRows(counts, series.slice(1))[0]!.segments.map((s) => s.name)).toEqual([
      'WTO dispute',
    ]);
  });
});
