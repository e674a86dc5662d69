import { describe, expect, it } from 'vitest';
import {
  datasetBarometer,
  datasetBarometerAsOf,
  datasetLandmarks,
} from '../../src/derive/dataset-barometer';
import { eventsSearchedThrough } from '../../src/derive/coverage';
import { makeDataset, makeEvent, makeMeta } from '../fixtures/make';

// a dataset edited in November 2026 whose latest event is in January 2026
const data = makeDataset({
  meta: makeMeta({
    coverage: { from: '2019-01-01', to: '2026-11-27' },
    lastUpdated: '2026-11-27',
    defaultFrom: '2025-10-01',
  }),
  events: [
    makeEvent({ date: '2025-10-10', goldstein: -2, significance: 3, title: 'October landmark' }),
    makeEvent({ date: '2025-12-11', goldstein: 4 }),
    makeEvent({ date: '2026-01-13', goldstein: 1, significance: 3, title: 'January landmark' }),
  ],
});

describe('eventsSearchedThrough', () => {
  it.each([
    ['the latest event, when the data was edited later', data, '2026-01-13'],
    [
      'coverage.to, when an event lies beyond it',
      { ...data, meta: { ...data.meta, coverage: { from: '2019-01-01', to: '2025-12-31' } } },
      '2025-12-31',
    ],
    ['coverage.from for no events', { ...data, events: [] }, '2019-01-01'],
  ])('is %s', (_name, dataset, expected) => {
    expect(eventsSearchedThrough(dataset)).toBe(expected);
  });
});

describe('the barometer ends where the data ends', () => {
  it('has no month after the latest event: February to November 2026 are not zeros', () => {
    const months = datasetBarometer(data).map((p) => p.month);
    expect(months).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
  });

  it('as of a date weighs only events on or before it, even within the same month', () => {
    const asOf = datasetBarometerAsOf(data, '2026-01-12');
    expect(asOf.map((p) => [p.month, p.sum, p.count])).toEqual([
      ['2025-10', -2, 1],
      ['2025-11', 0, 0],
      ['2025-12', 4, 1],
      ['2026-01', 0, 0],
    ]);
    expect(datasetBarometerAsOf(data, '2026-06-30').at(-1)).toMatchObject({
      month: '2026-01',
      sum: 1,
    });
  });

  it('is empty as of a date before the series start', () => {
    expect(datasetBarometerAsOf(data, '2025-09-30')).toEqual([]);
  });

  it('groups the landmarks by month over the same span', () => {
    expect(datasetLandmarks(data)).toEqual([
      { month: '2025-10', events: [{ date: '2025-10-10', title: 'October landmark' }] },
      { month: '2026-01', events: [{ date: '2026-01-13', title: 'January landmark' }] },
    ]);
  });
});
