import { describe, expect, it } from 'vitest';
import { eventsSearchedThrough } from '../../src/derive/coverage';
import { crossCheck, SEARCH_GAP_DAYS } from '../../src/model/cross-check';
import type { Problem } from '../../src/model/problems';
import type { Meta } from '../../src/model/schema';
import { makeDataset, makeEvent, makeMeta } from '../fixtures/make';

describe('eventsSearchedThrough', () => {
  it.each([
    [
      'the day reports were searched through',
      makeMeta({ searchedThrough: '2024-12-31' }),
      '2024-12-31',
    ],
    [
      'searchedThrough even when the data was updated earlier',
      makeMeta({ lastUpdated: '2024-06-30', searchedThrough: '2024-12-31' }),
      '2024-12-31',
    ],
    [
      'the latest event, not lastUpdated, when the data does not say',
      makeMeta({ lastUpdated: '2024-06-30' }),
      '2024-03-01',
    ],
  ])('gives %s', (_, meta, expected) => {
    const events = [makeEvent({ date: '2024-03-01' }), makeEvent({ date: '2023-01-01' })];
    expect(eventsSearchedThrough({ meta, events })).toBe(expected);
  });
});

/** The cross-check's problems about meta for a dataset whose last event took place on `latest`. */
function metaProblems(meta: Partial<Meta>, latest = '2024-10-01'): Problem[] {
  const events = [makeEvent({ id: 'last', date: latest })];
  const problems = crossCheck(
    makeDataset({
      // coverage ends where the search does, unless a test says otherwise
      meta: makeMeta({
        coverage: { from: '2018-01-01', to: meta.searchedThrough ?? '2024-12-31' },
        ...meta,
      }),
      events,
    }),
  );
  return problems.filter((p) => p.path.startsWith('meta'));
}

describe('meta.searchedThrough in the cross-check', () => {
  it('accepts a search that ends on the latest event, or up to 60 days after it', () => {
    expect(metaProblems({ lastUpdated: '2024-10-01', searchedThrough: '2024-10-01' })).toEqual([]);
    expect(metaProblems({ lastUpdated: '2024-11-30', searchedThrough: '2024-11-30' })).toEqual([]);
  });

  it('reports a search more than 60 days past the latest event, with the gap and the event date', () => {
    expect(SEARCH_GAP_DAYS).toBe(60);
    expect(metaProblems({ lastUpdated: '2024-12-01', searchedThrough: '2024-12-01' })).toEqual([
      {
        path: 'meta.searchedThrough',
        message:
          '61 days after the latest event (2024-10-01): add the missing events, or say in meta.searchedThroughNote why none are recorded',
      },
    ]);
  });

  it('accepts the same gap when meta.searchedThroughNote says why', () => {
    expect(
      metaProblems({
        lastUpdated: '2024-12-01',
        searchedThrough: '2024-12-01',
        searchedThroughNote: 'No event of the dispute was reported in October and November 2024.',
      }),
    ).toEqual([]);
  });

  it('reports coverage.to later than the search, but not lastUpdated (the day of the last edit)', () => {
    const paths = metaProblems({
      coverage: { from: '2018-01-01', to: '2024-12-31' },
      lastUpdated: '2024-12-31',
      searchedThrough: '2024-11-01',
    }).map((p) => p.path);
    expect(paths).toEqual(['meta.coverage.to']);
  });

  it('checks nothing of the kind when the data does not give searchedThrough', () => {
    expect(metaProblems({ lastUpdated: '2025-06-30' })).toEqual([]);
  });
});
