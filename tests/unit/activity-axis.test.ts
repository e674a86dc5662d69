import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/derive/dates';
import {
  issueRows,
  monthDays,
  monthsDomain,
  monthsInView,
  onDayScale,
  uncountedBefore,
} from '../../src/features/timeline/activity-axis';

const d = dayNumber;
const months = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05'];
const all = { startIndex: 0, endIndex: 4 };

describe('monthDays', () => {
  it.each([
    ['2019-02', '2019-02-01', '2019-03-01'],
    ['2020-02', '2020-02-01', '2020-03-01'],
    ['2019-12', '2019-12-01', '2020-01-01'],
  ])('%s runs from its first day to the next month’s', (month, start, end) => {
    expect(monthDays(month)).toEqual({ start: d(start), end: d(end) });
  });

  it('gives a month as many days as it has (the lanes’ scale, not equal bands)', () => {
    const feb = monthDays('2019-02');
    const mar = monthDays('2019-03');
    expect(feb.end - feb.start).toBe(28);
    expect(mar.end - mar.start).toBe(31);
  });
});

describe('monthsDomain', () => {
  it('spans the first month’s first day to the end of the last', () => {
    expect(monthsDomain(months)).toEqual({ start: d('2019-01-01'), end: d('2019-06-01') });
  });
  it('is null with no months', () => expect(monthsDomain([])).toBeNull());
});

describe('monthsInView', () => {
  it.each<[string, { start: number; end: number }, typeof all, ReturnType<typeof monthsInView>]>([
    ['the whole span', { start: d('2018-12-20'), end: d('2019-06-10') }, all, all],
    [
      'months cut by either edge',
      { start: d('2019-02-20'), end: d('2019-03-05') },
      all,
      { startIndex: 1, endIndex: 2 },
    ],
    [
      'an edge on a month’s first day leaves the month before out',
      { start: d('2019-03-01'), end: d('2019-04-01') },
      all,
      { startIndex: 2, endIndex: 2 },
    ],
    [
      'only what the brush keeps',
      { start: d('2018-12-20'), end: d('2019-06-10') },
      { startIndex: 3, endIndex: 4 },
      { startIndex: 3, endIndex: 4 },
    ],
    ['nothing before the months', { start: d('2010-01-01'), end: d('2018-12-31') }, all, null],
    ['nothing after them', { start: d('2019-06-01'), end: d('2019-09-01') }, all, null],
  ])('%s', (_name, domain, range, expected) => {
    expect(monthsInView(months, range, domain)).toEqual(expected);
  });
});

describe('uncountedBefore', () => {
  it('marks the days before the first counted month', () => {
    expect(uncountedBefore(months, { start: d('2018-10-01'), end: d('2019-03-01') })).toEqual({
      start: d('2018-10-01'),
      end: d('2019-01-01'),
    });
  });
  it('stops at the domain’s end when the whole view is before the counts', () => {
    expect(uncountedBefore(months, { start: d('2010-01-01'), end: d('2011-01-01') })).toEqual({
      start: d('2010-01-01'),
      end: d('2011-01-01'),
    });
  });
  it.each([
    ['a domain starting inside the months', { start: d('2019-01-01'), end: d('2019-05-01') }],
    [
      'the lanes’ few days of air before the first month',
      { start: d('2018-12-10'), end: d('2019-05-01') },
    ],
    ['no months', { start: d('2010-01-01'), end: d('2011-01-01') }],
  ])('is null for %s', (name, domain) => {
    expect(uncountedBefore(name === 'no months' ? [] : months, domain)).toBeNull();
  });
});

describe('onDayScale', () => {
  it('places each row at its month’s middle, keeping what it held', () => {
    const [row] = onDayScale([{ month: '2019-02', total: 3 }]);
    expect(row).toEqual({
      month: '2019-02',
      total: 3,
      start: d('2019-02-01'),
      end: d('2019-03-01'),
      at: d('2019-02-15'),
    });
  });
});

describe('issueRows', () => {
  const counts = [
    { month: '2019-01', byIssue: { a: 2, b: 0 } },
    { month: '2019-02', byIssue: { a: 0, b: 5 } },
    { month: '2019-03', byIssue: { a: 1, b: 1 } },
  ];
  const series = [
    { id: 'a', name: 'A', color: 'red' },
    { id: 'b', name: 'B', color: 'blue' },
  ];

  it('gives each issue its months with events, its total and one scale for all rows', () => {
    const { rows, most } = issueRows(counts, series, { startIndex: 0, endIndex: 2 });
    expect(most).toBe(5);
    expect(rows.map((r) => [r.name, r.total, r.bars.map((b) => `${b.month}:${b.n}`)])).toEqual([
      ['A', 3, ['2019-01:2', '2019-03:1']],
      ['B', 6, ['2019-02:5', '2019-03:1']],
    ]);
    expect(rows[0]!.bars[0]).toMatchObject(monthDays('2019-01'));
  });

  it('counts only the months in view', () => {
    const { rows, most } = issueRows(counts, series, { startIndex: 2, endIndex: 2 });
    expect(most).toBe(1);
    expect(rows.map((r) => r.total)).toEqual([1, 1]);
  });

  it('keeps every issue’s row, empty, when no month is in view', () => {
    const { rows, most } = issueRows(counts, series, null);
    expect(most).toBe(0);
    expect(rows.map((r) => [r.name, r.total, r.bars.length])).toEqual([
      ['A', 0, 0],
      ['B', 0, 0],
    ]);
  });
});
