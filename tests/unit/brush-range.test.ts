import { describe, expect, it } from 'vitest';
import { brushRange, monthEnd } from '../../src/features/timeline/brush-range';

describe('brushRange', () => {
  const months = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05'];

  it.each<[string | null, string | null, { startIndex: number; endIndex: number }]>([
    [null, null, { startIndex: 0, endIndex: 4 }],
    ['2019-02-15', null, { startIndex: 1, endIndex: 4 }],
    ['2019-02-01', '2019-03-31', { startIndex: 1, endIndex: 2 }],
    [null, '2019-03-01', { startIndex: 0, endIndex: 2 }],
    ['2018-06-01', '2019-01-31', { startIndex: 0, endIndex: 0 }],
    [null, '2020-01-01', { startIndex: 0, endIndex: 4 }],
    ['2019-04-10', '2019-04-20', { startIndex: 3, endIndex: 3 }],
  ])('from %s to %s → %j', (from, to, expected) => {
    expect(brushRange(months, from, to)).toEqual(expected);
  });

  it('never ends before it starts', () => {
    expect(brushRange(months, '2019-04-01', '2018-12-31')).toEqual({ startIndex: 3, endIndex: 3 });
  });

  it('handles no months', () => {
    expect(brushRange([], null, null)).toEqual({ startIndex: 0, endIndex: 0 });
  });
});

describe('monthEnd', () => {
  it.each([
    ['2019-01', '2019-01-31'],
    ['2019-02', '2019-02-28'],
    ['2020-02', '2020-02-29'],
    ['2019-04', '2019-04-30'],
    ['2019-12', '2019-12-31'],
  ])('%s ends on %s', (month, expected) => {
    expect(monthEnd(month)).toBe(expected);
  });
});
