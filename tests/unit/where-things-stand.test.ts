import { describe, expect, it } from 'vitest';
import { latestEvents, whereThingsStand } from '../../src/derive/where-things-stand';
import { makeCondition, makeDataset, makeEvent, makeSummit } from '../fixtures/make';

// makeDataset: ruling 2018-10-30 (forced labour escalating), controls 2019-07-01 (export
// controls escalating), suga-condition 2020-10-12 (condition not met), summit-seoul planned
// 2019-12-24, postponed 2020-10-12, held 2024-05-27 (export controls resolved, condition
// partly met).
const dataset = makeDataset();

describe('whereThingsStand', () => {
  it.each([
    // [asOf, issues (id status since), summit status and date, unmet conditions, latest ids]
    ['2018-10-29', [], [], []],
    ['2018-10-30', ['forced-labour escalating 2018-10-30'], [], ['ruling']],
    ['2019-06-30', ['forced-labour escalating 2018-10-30'], [], ['ruling']],
    [
      '2019-07-01',
      ['export-controls escalating 2019-07-01', 'forced-labour escalating 2018-10-30'],
      [],
      ['controls', 'ruling'],
    ],
    [
      '2019-12-24',
      ['export-controls escalating 2019-07-01', 'forced-labour escalating 2018-10-30'],
      ['planned 2019-12-24 —'],
      ['controls', 'ruling'],
    ],
    [
      '2020-10-12',
      ['export-controls escalating 2019-07-01', 'forced-labour escalating 2018-10-30'],
      ['postponed 2020-10-12 no-asset-sale:not-met'],
      ['suga-condition', 'controls', 'ruling'],
    ],
    [
      '2024-05-27',
      ['forced-labour escalating 2018-10-30'],
      ['occurred 2024-05-27 no-asset-sale:partly-met'],
      ['summit-seoul', 'suga-condition', 'controls'],
    ],
  ])('as of %s', (asOf, issues, summits, latest) => {
    const stand = whereThingsStand(dataset, asOf);
    expect(stand.asOf).toBe(asOf);
    expect(stand.issues.map((i) => `${i.issueId} ${i.status} ${i.since}`)).toEqual(issues);
    expect(
      stand.summits.map(
        (s) =>
          `${s.status} ${s.statusDate} ${s.unmet.map((u) => `${u.conditionId}:${u.state}`).join(',') || '—'}`,
      ),
    ).toEqual(summits);
    expect(stand.latest.map((e) => e.eventId)).toEqual(latest);
  });

  it('names the event that set each status, and leaves out easing and resolved issues', () => {
    const stand = whereThingsStand(dataset, '2024-12-31');
    expect(stand.issues).toEqual([
      {
        issueId: 'forced-labour',
        status: 'escalating',
        since: '2018-10-30',
        eventId: 'ruling',
        precision: 'day',
      },
    ]);
  });

  it('puts escalating issues before active ones, the most recently set first', () => {
    const data = makeDataset({
      events: [
        makeEvent({ id: 'a', date: '2019-01-01', effects: [{ issue: 'wto', status: 'active' }] }),
        makeEvent({
          id: 'b',
          date: '2019-02-01',
          effects: [{ issue: 'forced-labour', status: 'escalating' }],
        }),
        makeEvent({
          id: 'c',
          date: '2019-03-01',
          effects: [{ issue: 'export-controls', status: 'escalating' }],
        }),
      ],
    });
    expect(whereThingsStand(data, '2019-03-01').issues.map((i) => i.issueId)).toEqual([
      'export-controls',
      'forced-labour',
      'wto',
    ]);
  });

  it('lists stated conditions only, not demands, and drops met ones', () => {
    const data = makeDataset({
      summits: [
        makeSummit({
          conditions: [
            makeCondition(),
            makeCondition({ id: 'lift', side: 'korea', kind: 'demand' }),
            makeCondition({ id: 'met-one' }),
          ],
        }),
      ],
      events: [
        makeEvent({
          id: 'x',
          date: '2020-01-01',
          effects: [
            { condition: 'no-asset-sale', state: 'not-met' },
            { condition: 'lift', state: 'not-met' },
            { condition: 'met-one', state: 'met' },
          ],
        }),
      ],
    });
    const [summit] = whereThingsStand(data, '2020-01-01').summits;
    expect(summit!.status).toBeNull();
    expect(summit!.unmet).toEqual([
      { conditionId: 'no-asset-sale', side: 'japan', state: 'not-met' },
    ]);
  });

  it('says nothing of an empty dataset', () => {
    const empty = makeDataset({ events: [], summits: [] });
    expect(whereThingsStand(empty, '2024-01-01')).toEqual({
      asOf: '2024-01-01',
      issues: [],
      summits: [],
      latest: [],
    });
  });
});

describe('latestEvents', () => {
  const events = [
    makeEvent({ id: 'one', date: '2020-01-01' }),
    makeEvent({ id: 'two', date: '2020-01-02' }),
    makeEvent({ id: 'two-b', date: '2020-01-02' }),
    makeEvent({
      id: 'planned',
      date: '2020-01-03',
      status: [{ date: '2019-12-01', status: 'planned' }],
    }),
    makeEvent({
      id: 'held-late',
      date: '2019-12-31',
      status: [
        { date: '2019-11-01', status: 'planned' },
        { date: '2020-01-05', status: 'occurred' },
      ],
    }),
  ];
  it.each([
    ['2019-12-31', 3, []],
    ['2020-01-01', 3, ['one']],
    ['2020-01-02', 2, ['two-b', 'two']],
    ['2020-01-04', 5, ['two-b', 'two', 'one']],
    ['2020-01-05', 1, ['held-late']],
  ])('as of %s, %i at most', (asOf, n, ids) => {
    expect(latestEvents(events, asOf, n).map((e) => e.eventId)).toEqual(ids);
  });

  it('keeps a month-precision event to its month', () => {
    const month = makeEvent({ id: 'boycott', date: '2019-07-01', datePrecision: 'month' });
    expect(latestEvents([month], '2019-07-04', 1)).toEqual([
      { eventId: 'boycott', date: '2019-07-01', precision: 'month' },
    ]);
    const data = makeDataset({
      events: [{ ...month, effects: [{ issue: 'wto', status: 'active' }] }],
    });
    expect(whereThingsStand(data, '2019-07-04').issues[0]!.precision).toBe('month');
  });

  it('dates an event by the day it took place', () => {
    expect(latestEvents(events, '2020-01-05', 1)).toEqual([
      { eventId: 'held-late', date: '2020-01-05', precision: 'day' },
    ]);
  });
});
