import { describe, expect, it } from 'vitest';
import { checkDataset, MAX_NESTED_LIST } from '../../src/model/check-dataset';
import type { Dataset, DisputeEvent } from '../../src/model/schema';
import { goldsteinTable, makeDataset, makeEvent } from '../fixtures/make';

/** The fixture dataset with `n` more plain events (unique ids and labels). */
function withEvents(n: number, edit: (e: DisputeEvent, i: number) => void = () => {}): Dataset {
  const d = structuredClone(makeDataset());
  for (let i = 0; i < n; i++) {
    const e = makeEvent({ id: `extra-${i}`, label: `Extra ${i}` });
    edit(e, i);
    d.events.push(e);
  }
  return d;
}

describe('checkDataset', () => {
  it('returns the data of a valid dataset, as validateDataset always has', () => {
    const d = withEvents(10);
    expect(checkDataset(d, { goldstein: goldsteinTable })).toEqual({ ok: true, data: d });
  });

  it('reports progress every so many events and at the end', () => {
    const calls: [number, number][] = [];
    checkDataset(withEvents(6), {
      progressEvery: 4,
      onProgress: (checked, total) => calls.push([checked, total]),
    });
    expect(calls).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });

  it('reports progress once for a dataset without events', () => {
    const calls: [number, number][] = [];
    checkDataset(makeDataset({ events: [], summits: [] }), {
      onProgress: (checked, total) => calls.push([checked, total]),
    });
    expect(calls).toEqual([[0, 0]]);
  });

  it('hands on valid events in runs that add up to the data, and says when the cross-checks begin', () => {
    const runs: [number, string[]][] = [];
    let crossChecked = false;
    const result = checkDataset(withEvents(6), {
      progressEvery: 4,
      onValidEvents: (events, from) => runs.push([from, events.map((e) => e.id)]),
      onCrossCheck: () => (crossChecked = true),
    });
    expect(runs.map(([from, ids]) => [from, ids.length])).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
    expect(runs.flatMap(([, ids]) => ids)).toEqual(
      result.ok ? result.data.events.map((e) => e.id) : [],
    );
    expect(crossChecked).toBe(true);
  });

  it('stops handing on events once a problem is found, and does not cross-check', () => {
    const froms: number[] = [];
    let crossChecked = false;
    const result = checkDataset(
      withEvents(10, (e, i) => {
        if (i === 5) e.date = 'soon'; // events[9], in the third run of four
      }),
      {
        progressEvery: 4,
        onValidEvents: (_events, from) => froms.push(from),
        onCrossCheck: () => (crossChecked = true),
      },
    );
    expect(result.ok).toBe(false);
    expect(froms).toEqual([0, 4]);
    expect(crossChecked).toBe(false);
  });

  it('counts every problem by kind while keeping only the first few', () => {
    const result = checkDataset(
      withEvents(500, (e) => {
        e.date = '2019-02-30';
        e.actors = ['nobody', 'no-one'];
      }),
      { keep: 10 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(10);
    expect(result.problems[0]).toEqual({ path: 'events[4].date', message: 'not a valid date' });
    expect(result.summary).toEqual({
      total: 500,
      ungrouped: 0,
      groups: [
        {
          pattern: 'events[*].date',
          message: 'not a valid date',
          count: 500,
          list: 'events',
          items: 500,
        },
      ],
    });
  });

  it('counts cross-check problems the same way', () => {
    const result = checkDataset(withEvents(300, (e) => (e.actors = ['nobody', 'no-one'])));
    expect(result.ok ? null : result.summary.groups).toEqual([
      {
        pattern: 'events[*].actors[*]',
        message: 'unknown actor “…”',
        count: 600,
        list: 'events',
        items: 300,
      },
    ]);
  });

  it('reports problems outside the events alongside theirs, in the order of the file', () => {
    const d = withEvents(1, (e) => (e.title = '')) as unknown as Record<string, unknown>;
    d.meta = { ...(d.meta as object), title: '' };
    d.issues = [];
    const result = checkDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'meta.title',
      'issues',
      'events[4].title',
    ]);
  });

  it(`reports a list inside an item longer than ${MAX_NESTED_LIST.toLocaleString('en-GB')} instead of parsing it`, () => {
    const d = withEvents(2, (e, i) => {
      if (i === 1) e.related = Array.from({ length: MAX_NESTED_LIST + 1 }, () => 'BAD ID');
    });
    const result = checkDataset(d);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'events[5].related',
        message: 'a list of 10,001 entries: longer than the 10,000 this page checks',
      },
    ]);
  });

  it('looks for long lists inside nested items too (a summit’s conditions)', () => {
    const d = structuredClone(makeDataset());
    d.summits[0]!.conditions[0]!.demandedBy = Array.from(
      { length: MAX_NESTED_LIST + 1 },
      () => 'x',
    );
    const result = checkDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'summits[0].conditions[0].demandedBy',
    ]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 3],
    ['a list', [1, 2]],
    ['events that are not a list', { ...makeDataset(), events: { 0: {} } }],
  ])('reports %s as not a dataset without throwing', (_name, input) => {
    const result = checkDataset(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.summary.total).toBeGreaterThan(0);
  });
});
