import { describe, expect, it } from 'vitest';
import { yearlyTrend } from '../../src/derive/issue-trends';
import { makeEvent } from '../fixtures/make';

describe('yearlyTrend', () => {
  const events = [
    makeEvent({ date: '2018-10-30', issues: ['forced-labour'] }),
    makeEvent({ date: '2019-01-09', issues: ['forced-labour', 'export-controls'] }),
    makeEvent({ date: '2019-07-01', issues: ['export-controls'] }),
    makeEvent({ date: '2020-06-02', issues: ['forced-labour'] }),
    makeEvent({ date: '2016-01-01', issues: ['forced-labour'] }),
  ];

  it.each([
    ['2020-12-31', [1, 1, 1]],
    ['2020-06-01', [1, 1, 0]],
    ['2020-06-02', [1, 1, 1]],
    ['2018-10-29', [0]],
  ])('as of %s counts per year from 2018: %j', (asOf, expected) => {
    expect(yearlyTrend(events, 'forced-labour', 2018, asOf)).toEqual(expected);
  });

  it('only counts the issue asked for', () => {
    expect(yearlyTrend(events, 'export-controls', 2018, '2020-12-31')).toEqual([0, 2, 0]);
  });

  it('is empty when the date is before the first year', () => {
    expect(yearlyTrend(events, 'forced-labour', 2018, '2017-05-01')).toEqual([]);
  });
});
