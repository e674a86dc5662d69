import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventAsKnownOn, eventsAsOf } from '../../src/derive/event-status';
import { dayNumber } from '../../src/derive/dates';
import { createDerivations } from '../../src/derive/derivations';
import { emptyFilters } from '../../src/derive/filter';
import type { Dataset } from '../../src/model/schema';
import { makeEvent, makeSource } from '../fixtures/make';

/** Announced 2019-12-24, postponed 2020-10-12, held 2024-05-27 (dated by the day it was held). */
const summit = makeEvent({
  id: 'summit',
  date: '2024-05-27',
  title: 'Ninth trilateral summit is held in Seoul',
  label: 'Trilateral summit in Seoul',
  summary: 'The leaders adopt a joint declaration.',
  note: 'Held after a delay of four years.',
  effects: [{ issue: 'export-controls', status: 'easing' }],
  positions: { japan: { statement: 'Welcomed', source: makeSource() } },
  corrections: [{ date: '2024-06-01', what: 'Date fixed' }],
  sources: [
    makeSource({ published: '2019-12-24', title: 'Chengdu' }),
    makeSource({ published: '2024-05-27', title: 'Seoul declaration' }),
  ],
  status: [
    { date: '2019-12-24', status: 'planned', note: 'Seoul to host in 2020' },
    { date: '2020-10-12', status: 'postponed', note: 'Tokyo will not attend' },
    { date: '2024-05-27', status: 'occurred' },
  ],
});

describe('eventAsKnownOn', () => {
  it.each([
    ['before anything was known', '2019-12-23'],
    ['exactly on the day it took place', '2024-05-27'],
    ['long after', '2030-01-01'],
  ])('returns the event itself %s (%s)', (_name, asOf) => {
    expect(eventAsKnownOn(summit, asOf)).toBe(summit);
  });

  it('returns an event without status history itself', () => {
    const plain = makeEvent({ date: '2019-07-01' });
    expect(eventAsKnownOn(plain, '2019-06-01')).toBe(plain);
  });

  it.each([
    ['exactly on the planned entry', '2019-12-24', '2019-12-24', 1],
    ['between planned and postponed', '2020-10-11', '2019-12-24', 1],
    ['exactly on the postponed entry', '2020-10-12', '2020-10-12', 2],
    ['the day before it took place', '2024-05-26', '2020-10-12', 2],
  ])('%s (%s) is dated on its latest status, %s', (_name, asOf, date, entries) => {
    const told = eventAsKnownOn(summit, asOf);
    expect(told.date).toBe(date);
    expect(told.datePrecision).toBe('day');
    expect(told.status).toHaveLength(entries);
    expect(told.status.every((s) => s.date <= asOf)).toBe(true);
  });

  it('at the cursor tells nothing of what happened later: label, no outcome, no later source', () => {
    const told = eventAsKnownOn(summit, '2020-10-27');
    expect(told.title).toBe('Trilateral summit in Seoul');
    expect(told.summary).toBe('Trilateral summit in Seoul');
    expect(told.effects).toEqual([]);
    expect(told.positions).toBeUndefined();
    expect(told.note).toBeUndefined();
    expect(told.corrections).toBeUndefined();
    expect(told.sources.map((s) => s.title)).toEqual(['Chengdu']);
    expect(JSON.stringify(told)).not.toMatch(/2024|declaration|Ninth/);
  });

  it('tells a cancelled event as cancelled on the day it was called off', () => {
    const cancelled = makeEvent({
      date: '2020-03-01',
      status: [
        { date: '2020-01-10', status: 'planned' },
        { date: '2020-02-20', status: 'cancelled' },
      ],
    });
    expect(eventAsKnownOn(cancelled, '2021-01-01').date).toBe('2020-02-20');
  });
});

describe('eventsAsOf places an event not yet held where it stood', () => {
  it('dates and places it on its latest status, before the cursor', () => {
    const [it0] = eventsAsOf([summit], '2020-10-27', 'hide');
    expect(it0?.status).toBe('postponed');
    expect(it0?.event.date).toBe('2020-10-12');
    expect(it0?.day).toBe(dayNumber('2020-10-12'));
  });

  it('keeps an unknown event as it is in dim mode (it is shown as not yet known)', () => {
    const [it0] = eventsAsOf([summit], '2019-01-01', 'dim');
    expect(it0?.status).toBeNull();
    expect(it0?.event).toBe(summit);
  });
});

describe('search and the date range test an event not yet held as it stood then', () => {
  const bundled = JSON.parse(
    readFileSync(resolve(__dirname, '../../data/dataset.json'), 'utf8'),
  ) as Dataset;
  const derived = createDerivations(bundled);
  const id = '2024-05-27-trilateral-summit-seoul';
  const shown = (filters: Partial<typeof emptyFilters>, asOf: string) =>
    derived.visible({ ...emptyFilters, ...filters }, asOf, 'dim').some((it) => it.event.id === id);

  it.each<[string, Partial<typeof emptyFilters>, string, boolean]>([
    // 'declaration' is in what happened in 2024, not in the label known in 2020
    ['a word of the outcome, before it', { query: 'declaration' }, '2020-10-27', false],
    ['a word of the outcome, after it', { query: 'declaration' }, '2024-06-01', true],
    ['a leader who took part in the end, before it', { query: 'Kishida' }, '2020-10-27', false],
    ['a word of its label, before it', { query: 'summit Seoul' }, '2020-10-27', true],
    [
      'the range of the day it was held, before it',
      { from: '2024-05-01', to: '2024-05-31' },
      '2020-10-27',
      false,
    ],
    [
      'the range of the day it was held, after it',
      { from: '2024-05-01', to: '2024-05-31' },
      '2024-06-01',
      true,
    ],
    ['no filter: listed where it stood', {}, '2020-10-27', true],
  ])('%s', (_, filters, asOf, found) => {
    expect(shown(filters, asOf)).toBe(found);
  });
});

describe('every event of the bundled data that was known before it took place', () => {
  const dataset = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8'),
  ) as Dataset;
  const announced = dataset.events.filter((e) => e.status.length > 0 && e.status[0]!.date < e.date);

  it('are many (the rule is not for one summit only)', () => {
    expect(announced.length).toBeGreaterThan(20);
  });

  it.each(announced.map((e) => [e.id, e] as const))(
    '%s is told at each of its status dates without its final date, title or later sources',
    (_id, event) => {
      for (const entry of event.status) {
        if (entry.status === 'occurred') continue;
        const told = eventAsKnownOn(event, entry.date);
        expect(told.date <= entry.date).toBe(true);
        expect(told.title).toBe(event.label);
        expect(told.sources.every((s) => s.published <= entry.date)).toBe(true);
        const [item] = eventsAsOf([event], entry.date, 'hide');
        expect(item?.day).toBeLessThanOrEqual(dayNumber(entry.date));
      }
    },
  );
});
