import { describe, expect, it } from 'vitest';
import { activityCounts } from '../../src/derive/activity';
import {
  createDerivations,
  derivationsOf,
  lastCall,
  memoByDataset,
} from '../../src/derive/derivations';
import { barometerDerivationsOf } from '../../src/derive/dataset-barometer';
import { eventsAsOf } from '../../src/derive/event-status';
import { emptyFilters, filterEvents, type Filters } from '../../src/derive/filter';
import { namesOf } from '../../src/derive/names';
import { issueRows, summitPanels } from '../../src/derive/panels';
import type { Dataset } from '../../src/model/schema';
import bundled from '../../data/dataset.json';

const dataset = bundled as unknown as Dataset;

describe('lastCall', () => {
  it('answers again from memory for the same arguments, and works anew for others', () => {
    let runs = 0;
    const twice = lastCall((a: number, b: string) => {
      runs++;
      return `${a}${b}`;
    });
    expect(twice(1, 'x')).toBe('1x');
    expect(twice(1, 'x')).toBe('1x');
    expect(runs).toBe(1);
    expect(twice(2, 'x')).toBe('2x');
    expect(twice(1, 'x')).toBe('1x');
    expect(runs).toBe(3);
  });
});

describe('namesOf, the one id/name map', () => {
  it('names issues, actors and events by id, and each issue’s colour by its place', () => {
    const names = namesOf(dataset);
    const first = dataset.issues[0]!;
    expect(names.issues.get(first.id)).toBe(first.name);
    expect(names.issueIndex.get(dataset.issues[2]!.id)).toBe(2);
    expect(names.actors.get(dataset.actors[0]!.id)).toBe(dataset.actors[0]!.name);
    expect(names.events.get(dataset.events[5]!.id)).toBe(dataset.events[5]);
  });
  it('is built once per dataset: the derivations, exports and feed share it', () => {
    expect(namesOf(dataset)).toBe(namesOf(dataset));
    expect(createDerivations(dataset).index.byId()).toBe(namesOf(dataset).events);
    const other = { ...dataset, issues: [{ ...dataset.issues[0]!, name: 'Other' }] };
    expect(namesOf(other).issues.get(dataset.issues[0]!.id)).toBe('Other');
  });
});

describe('memoByDataset', () => {
  const a = { meta: {} } as Dataset;
  const b = { meta: {} } as Dataset;

  it('makes one value per dataset, on first use, and hands the same one after', () => {
    const made: Dataset[] = [];
    const of = memoByDataset((d: Dataset) => (made.push(d), { d }));
    expect(made).toEqual([]);
    const first = of(a);
    expect(of(a)).toBe(first);
    expect(of(b)).not.toBe(first);
    expect(of(b).d).toBe(b);
    expect(made).toEqual([a, b]);
  });

  it.each<[string, string[], number]>([
    ['the same argument: kept', ['x', 'x', 'x'], 1],
    ['a new argument: made anew', ['x', 'y'], 2],
    ['back to an earlier one: made anew (it remembers one per dataset)', ['x', 'y', 'x'], 3],
  ])('when stale says so: %s', (_, args, times) => {
    let calls = 0;
    const of = memoByDataset(
      (_d: Dataset, arg: string) => (calls++, { arg }),
      (value, arg) => value.arg !== arg,
    );
    for (const arg of args) expect(of(a, arg).arg).toBe(arg);
    expect(calls).toBe(times);
  });

  it('remembers a value that is undefined too', () => {
    let calls = 0;
    const of = memoByDataset(() => void calls++);
    of(a);
    of(a);
    expect(calls).toBe(1);
  });
});

describe('derivations of a dataset', () => {
  const cases: [string, Filters, string, 'dim' | 'hide'][] = [
    ['no filters, today', emptyFilters, dataset.meta.lastUpdated, 'dim'],
    [
      'two issues, before the talks',
      { ...emptyFilters, issues: ['gsomia', 'wto'] },
      '2020-10-27',
      'dim',
    ],
    ['a search, later ones hidden', { ...emptyFilters, query: 'kono' }, '2019-07-01', 'hide'],
    [
      'a date range',
      { ...emptyFilters, from: '2019-01-01', to: '2019-12-31', kinds: ['ruling'] },
      '2023-03-06',
      'dim',
    ],
  ];

  it.each(cases)('%s: the same answers as the pure functions', (_name, filters, asOf, future) => {
    const d = createDerivations(dataset);
    const filtered = filterEvents(dataset.events, dataset.actors, filters);
    expect(d.filtered(filters)).toEqual(filtered);
    expect(d.visible(filters, asOf, future)).toEqual(eventsAsOf(filtered, asOf, future));
    expect(d.activity(filters)).toEqual(activityCounts(dataset, filters));
    const year = +d.seriesFrom.slice(0, 4);
    expect(d.issueRows(asOf)).toEqual(issueRows(dataset, asOf, year));
    expect(d.summitPanels(asOf)).toEqual(summitPanels(dataset, asOf));
    expect(d.laterCount(filters, asOf)).toBe(
      eventsAsOf(filtered, asOf, 'dim').filter((it) => it.status === null).length,
    );
  });

  it.each([
    ['hide', '2019-09-01'],
    ['dim', '2019-09-01'],
    ['hide', '2020-10-27'],
  ] as const)(
    'counts beside the issue toggles (%s, %s): what the timeline shows with that issue chosen',
    (future, asOf) => {
      const d = createDerivations(dataset);
      const counts = d.issueCounts([], [], null, null, '', asOf, future);
      for (const issue of dataset.issues) {
        const shown = d.visible({ ...emptyFilters, issues: [issue.id] }, asOf, future);
        expect([issue.id, counts.get(issue.id) ?? 0]).toEqual([issue.id, shown.length]);
      }
      const forcedLabour = (mode: 'dim' | 'hide') =>
        d.issueCounts([], [], null, null, '', asOf, mode).get('forced-labour');
      // hidden, the later events are not counted either: the count tells of nothing later
      expect(forcedLabour('hide')).toBeLessThan(forcedLabour('dim')!);
    },
  );

  it.each(['declaration', 'kishida', 'summit', ''])(
    'the activity chart as of a past day counts what the timeline shows (query %j)',
    (query) => {
      const d = createDerivations(dataset);
      const filters = { ...emptyFilters, query };
      const asOf = '2020-10-27';
      const shown = d
        .visible(filters, asOf, 'hide')
        .filter((it) => it.event.date >= d.seriesFrom).length;
      const counted = d.activity(filters, asOf).reduce((n, m) => n + m.total, 0);
      expect(counted).toBe(shown);
    },
  );

  it('answers the same whichever view asks first', () => {
    const filters: Filters = { ...emptyFilters, issues: ['export-controls'] };
    const a = createDerivations(dataset);
    const b = createDerivations(dataset);
    const first = [a.activity(filters), a.visible(filters, '2020-01-01', 'dim')];
    const second = [b.visible(filters, '2020-01-01', 'dim'), b.activity(filters)];
    expect(first[0]).toEqual(second[1]);
    expect(first[1]).toEqual(second[0]);
  });

  it('is one object per dataset, and a new dataset gets its own', () => {
    expect(derivationsOf(dataset)).toBe(derivationsOf(dataset));
    expect(derivationsOf({ ...dataset })).not.toBe(derivationsOf(dataset));
    expect(barometerDerivationsOf(dataset)).toBe(barometerDerivationsOf(dataset));
    expect(barometerDerivationsOf({ ...dataset })).not.toBe(barometerDerivationsOf(dataset));
  });

  it('are made anew when the search text beside the dataset changes', () => {
    const text = dataset.events.map(() => '');
    const first = derivationsOf(dataset, text);
    expect(derivationsOf(dataset, text)).toBe(first);
    expect(derivationsOf(dataset, [...text])).not.toBe(first);
  });

  it('takes the series start from the data', () => {
    expect(createDerivations(dataset).seriesFrom).toBe(dataset.meta.defaultFrom);
    const noDefault = { ...dataset, meta: { ...dataset.meta, defaultFrom: undefined } };
    expect(createDerivations(noDefault).seriesFrom).toBe(
      dataset.events.map((e) => e.date).sort()[0],
    );
  });
});
