import { describe, expect, it } from 'vitest';
import { monthlyCounts } from '../../src/derive/activity-series';
import { makeEvent } from '../fixtures/make';

describe('monthlyCounts', () => {
  it('is empty for no events', () => {
    expect(monthlyCounts([], ['wto'])).toEqual([]);
  });

  it('fills every month between the first and the last event, across a year end', () => {
    const rows = monthlyCounts(
      [
        makeEvent({ date: '2020-02-10', issues: ['wto'] }),
        makeEvent({ date: '2019-11-30', issues: ['export-controls'] }),
      ],
      ['export-controls', 'wto'],
    );
    expect(rows.map((r) => [r.month, r.total])).toEqual([
      ['2019-11', 1],
      ['2019-12', 0],
      ['2020-01', 0],
      ['2020-02', 1],
    ]);
    expect(rows[1]?.byIssue).toEqual({ 'export-controls': 0, wto: 0 });
  });

  it('counts an event in two issues once in the total and once in each issue', () => {
    const rows = monthlyCounts(
      [
        makeEvent({ date: '2019-09-11', issues: ['wto', 'export-controls'] }),
        makeEvent({ date: '2019-09-30', issues: ['wto'] }),
      ],
      ['export-controls', 'wto', 'gsomia'],
    );
    expect(rows).toEqual([
      { month: '2019-09', total: 2, byIssue: { 'export-controls': 1, wto: 2, gsomia: 0 } },
    ]);
  });

  it('counts issues that were not asked for rather than dropping them', () => {
    const [row] = monthlyCounts([makeEvent({ date: '2019-09-11', issues: ['gsomia'] })], ['wto']);
    expect(row?.byIssue).toEqual({ wto: 0, gsomia: 1 });
  });
});
