import { describe, expect, it } from 'vitest';
import { issueRows, summitPanels } from '../../src/derive/panels';
import {
  conditionStateAsOf,
  effectLog,
  issueStatusAsOf,
  summitStatusAsOf,
} from '../../src/derive/state-as-of';
import type { DisputeEvent, IssueStatus } from '../../src/model/schema';
import { makeDataset, makeEvent } from '../fixtures/make';

const events: DisputeEvent[] = [
  makeEvent({
    id: 'announce',
    date: '2019-07-01',
    effects: [{ issue: 'export-controls', status: 'escalating' }],
  }),
  makeEvent({
    id: 'licence',
    date: '2019-08-08',
    effects: [{ issue: 'export-controls', status: 'active' }],
  }),
  // two events on the same day: the later one in the dataset wins
  makeEvent({
    id: 'same-day-first',
    date: '2019-12-20',
    effects: [{ issue: 'export-controls', status: 'resolved' }],
  }),
  makeEvent({
    id: 'same-day-second',
    date: '2019-12-20',
    effects: [{ issue: 'export-controls', status: 'easing' }],
  }),
  // announced for a date, then cancelled: never took place, so no effect
  makeEvent({
    id: 'cancelled-talks',
    date: '2020-02-01',
    status: [
      { date: '2020-01-15', status: 'planned' },
      { date: '2020-01-30', status: 'cancelled' },
    ],
    effects: [{ issue: 'export-controls', status: 'resolved' }],
  }),
  // still planned: no effect either
  makeEvent({
    id: 'planned-talks',
    date: '2020-03-01',
    status: [{ date: '2020-02-01', status: 'planned' }],
    effects: [{ issue: 'export-controls', status: 'resolved' }],
  }),
  // listed before its effect date in the dataset but took place later: sorted by occurrence
  makeEvent({
    id: 'late-lifting',
    date: '2023-03-23',
    status: [
      { date: '2023-03-16', status: 'planned' },
      { date: '2023-03-23', status: 'occurred' },
    ],
    effects: [{ issue: 'export-controls', status: 'resolved' }],
  }),
  makeEvent({
    id: 'early-dialogue',
    date: '2023-03-06',
    effects: [
      { issue: 'export-controls', status: 'easing' },
      { condition: 'no-asset-sale', state: 'partly-met' },
    ],
  }),
  makeEvent({
    id: 'demand',
    date: '2020-10-12',
    effects: [{ condition: 'no-asset-sale', state: 'not-met' }],
  }),
];

describe('issueStatusAsOf', () => {
  it.each<[string, string, IssueStatus | null, string | null]>([
    ['before the first event', '2019-06-30', null, null],
    ['exactly on the first event', '2019-07-01', 'escalating', 'announce'],
    ['the day before the second', '2019-08-07', 'escalating', 'announce'],
    ['exactly on the second', '2019-08-08', 'active', 'licence'],
    [
      'on a day with two effects: the later in dataset order wins',
      '2019-12-20',
      'easing',
      'same-day-second',
    ],
    [
      'after a cancelled event that would have resolved it',
      '2020-02-15',
      'easing',
      'same-day-second',
    ],
    [
      'after a still-planned event that would have resolved it',
      '2020-03-02',
      'easing',
      'same-day-second',
    ],
    ['on an event listed after a later one', '2023-03-06', 'easing', 'early-dialogue'],
    ['the day the planned lifting took place', '2023-03-23', 'resolved', 'late-lifting'],
  ])('%s (%s): %s', (_name, asOf, value, eventId) => {
    const state = issueStatusAsOf(events, 'export-controls', asOf);
    expect(state?.value ?? null).toBe(value);
    expect(state?.eventId ?? null).toBe(eventId);
  });

  it('says since when and keeps the history up to the date, oldest first', () => {
    const state = issueStatusAsOf(events, 'export-controls', '2019-12-31');
    expect(state?.since).toBe('2019-12-20');
    expect(state?.history.map((h) => h.eventId)).toEqual([
      'announce',
      'licence',
      'same-day-first',
      'same-day-second',
    ]);
  });

  it('is null for an issue no event touches, and for no events', () => {
    expect(issueStatusAsOf(events, 'gsomia', '2030-01-01')).toBeNull();
    expect(issueStatusAsOf([], 'export-controls', '2030-01-01')).toBeNull();
  });

  it('leaves out effects of events that never took place from the log', () => {
    const changes = effectLog(events).issues.get('export-controls') ?? [];
    expect(changes.map((c) => c.eventId)).not.toContain('cancelled-talks');
    expect(changes.map((c) => c.eventId)).not.toContain('planned-talks');
  });
});

describe('conditionStateAsOf', () => {
  it.each([
    ['2020-10-11', null],
    ['2020-10-12', 'not-met'],
    ['2023-03-05', 'not-met'],
    ['2023-03-06', 'partly-met'],
  ])('as of %s is %s', (asOf, expected) => {
    expect(conditionStateAsOf(events, 'no-asset-sale', asOf)?.value ?? null).toBe(expected);
  });

  it('does not mix conditions with issues', () => {
    expect(conditionStateAsOf(events, 'export-controls', '2030-01-01')).toBeNull();
    expect(issueStatusAsOf(events, 'no-asset-sale', '2030-01-01')).toBeNull();
  });
});

describe('summitStatusAsOf', () => {
  const dataset = makeDataset();
  const summit = dataset.summits[0]!;

  it.each([
    ['2019-12-23', null],
    ['2019-12-24', 'planned'],
    ['2020-10-12', 'postponed'],
    ['2024-05-27', 'occurred'],
  ])('as of %s is %s', (asOf, expected) => {
    const state = summitStatusAsOf(dataset, summit, asOf);
    expect(state.status).toBe(expected);
    expect(state.event?.id).toBe('summit-seoul');
  });

  it('is null with no event when the summit event is missing', () => {
    const state = summitStatusAsOf(dataset, { ...summit, event: 'missing' }, '2024-05-27');
    expect(state).toMatchObject({ status: null, event: undefined });
  });
});

describe('issueRows', () => {
  const dataset = makeDataset();

  it('gives one row per issue, in dataset order, as of the date', () => {
    const rows = issueRows(dataset, '2019-07-01', 2018);
    expect(rows.map((r) => [r.id, r.status, r.since, r.setBy, r.count])).toEqual([
      ['forced-labour', 'escalating', '2018-10-30', 'ruling', 1],
      ['export-controls', 'escalating', '2019-07-01', 'controls', 1],
      ['wto', null, null, null, 0],
    ]);
  });

  it('counts events on or before the date, an event in two issues in both', () => {
    const rows = issueRows(dataset, '2024-05-27', 2018);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.count]))).toEqual({
      'forced-labour': 2,
      'export-controls': 3,
      wto: 0,
    });
    expect(rows.find((r) => r.id === 'export-controls')).toMatchObject({
      status: 'resolved',
      setBy: 'summit-seoul',
    });
  });

  it('gives yearly trends from the given year to the date', () => {
    const rows = issueRows(dataset, '2020-12-31', 2018);
    expect(rows.find((r) => r.id === 'export-controls')?.trend).toEqual([0, 1, 1]);
    expect(rows.find((r) => r.id === 'forced-labour')?.trend).toEqual([1, 0, 0]);
  });
});

describe('summitPanels', () => {
  const dataset = makeDataset();

  it('before the demand: the summit is planned and no condition is shown yet', () => {
    const [panel] = summitPanels(dataset, '2020-01-01');
    expect(panel?.status).toBe('planned');
    expect(panel?.demands).toEqual([]);
    // a condition nobody had set by the cursor's day is not listed (it would tell of later)
    expect(panel?.conditions).toEqual([]);
  });

  it('on the day of the demand: postponed and not met, with the evidence', () => {
    const [panel] = summitPanels(dataset, '2020-10-12');
    expect(panel?.status).toBe('postponed');
    expect(panel?.conditions[0]).toMatchObject({
      state: 'not-met',
      since: '2020-10-12',
      evidence: [{ eventId: 'suga-condition', date: '2020-10-12', state: 'not-met' }],
    });
  });

  it('after the summit: occurred and partly met, evidence oldest first', () => {
    const [panel] = summitPanels(dataset, '2024-06-01');
    expect(panel?.status).toBe('occurred');
    expect(panel?.conditions[0]?.evidence.map((e) => e.state)).toEqual(['not-met', 'partly-met']);
  });

  it('is empty for a dataset without summits', () => {
    expect(summitPanels(makeDataset({ summits: [] }), '2024-06-01')).toEqual([]);
  });
});
