import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/model/cross-check';
import { formatPath } from '../../src/model/problems';
import type { Dataset } from '../../src/model/schema';
import { MAX_PROBLEMS, validateDataset } from '../../src/model/validate';
import { goldsteinTable, makeDataset, makeEvent } from '../fixtures/make';

/** A fresh valid dataset changed by `edit`; events: 0 ruling, 1 controls, 2 suga-condition, 3 summit-seoul. */
function edited(edit: (d: Dataset) => void): Dataset {
  const d = structuredClone(makeDataset());
  edit(d);
  return d;
}

describe('validateDataset on a valid dataset', () => {
  it('passes, with and without the Goldstein table, and returns the data', () => {
    const dataset = makeDataset();
    expect(validateDataset(dataset)).toEqual({ ok: true, data: dataset });
    expect(validateDataset(dataset, goldsteinTable)).toEqual({ ok: true, data: dataset });
  });

  it('passes with no events and no summits', () => {
    expect(validateDataset(makeDataset({ events: [], summits: [] })).ok).toBe(true);
  });

  it('strips fields the schema does not know', () => {
    const result = validateDataset({ ...makeDataset(), extra: true });
    expect(result.ok && 'extra' in result.data).toBe(false);
  });
});

describe('validateDataset problems', () => {
  it.each<[string, (d: Dataset) => void, string, string]>([
    [
      'an impossible date',
      (d) => (d.events[1]!.date = '2019-02-30'),
      'events[1].date',
      'not a valid date',
    ],
    [
      'a non-https source URL',
      (d) => (d.events[2]!.sources[0]!.url = 'http://www.mofa.go.jp/press/'),
      'events[2].sources[0].url',
      'must be an https:// URL',
    ],
    [
      'a javascript: source URL',
      (d) => (d.events[0]!.sources[0]!.url = 'javascript:alert(1)'),
      'events[0].sources[0].url',
      'must be an https:// URL',
    ],
    [
      'a missing short label',
      (d) => (d.events[1]!.label = ''),
      'events[1].label',
      'a short label is required',
    ],
    [
      'a short label over 40 characters',
      (d) => (d.events[1]!.label = 'Japan tightens export controls on three chemicals'),
      'events[1].label',
      'a label is at most 40 characters',
    ],
    [
      'two events of one month with the same label',
      (d) => {
        d.events[1]!.date = '2019-07-20';
        d.events[0]!.date = '2019-07-02';
        d.events[0]!.label = 'Japan tightens controls';
        d.events[1]!.label = 'JAPAN TIGHTENS CONTROLS ';
      },
      'events[1].label',
      'label “JAPAN TIGHTENS CONTROLS ” is also used by events[0] in the same month',
    ],
    [
      'an id that is not kebab-case',
      (d) => (d.events[1]!.id = 'Export_Controls'),
      'events[1].id',
      'must be a kebab-case id (a-z, 0-9, hyphens)',
    ],
    [
      'a duplicate event id',
      (d) => (d.events[2]!.id = 'ruling'),
      'events[2].id',
      'duplicate event id “ruling” (first at index 0)',
    ],
    [
      'a duplicate issue id',
      (d) => (d.issues[2]!.id = 'forced-labour'),
      'issues[2].id',
      'duplicate issue id “forced-labour” (first at index 0)',
    ],
    [
      'a duplicate condition id',
      (d) =>
        d.summits[0]!.conditions.push({ ...d.summits[0]!.conditions[0]!, text: 'Same id again' }),
      'summits[0].conditions[1].id',
      'duplicate condition id “no-asset-sale”',
    ],
    [
      'an unknown issue on an event',
      (d) => d.events[1]!.issues.push('gsomia'),
      'events[1].issues[1]',
      'unknown issue “gsomia”',
    ],
    [
      'an unknown actor on an event',
      (d) => (d.events[0]!.actors = ['kr-government', 'kr-supreme-court']),
      'events[0].actors[1]',
      'unknown actor “kr-supreme-court”',
    ],
    [
      'an unknown related event',
      (d) => (d.events[1]!.related = ['ruling', 'no-such-event']),
      'events[1].related[1]',
      'unknown event “no-such-event”',
    ],
    [
      'an event related to itself',
      (d) => (d.events[1]!.related = ['controls']),
      'events[1].related[0]',
      'an event cannot be related to itself',
    ],
    [
      'an unknown actor demanding a condition',
      (d) => (d.summits[0]!.conditions[0]!.demandedBy = ['nobody']),
      'summits[0].conditions[0].demandedBy[0]',
      'unknown actor “nobody”',
    ],
    [
      'a summit whose event does not exist',
      (d) => (d.summits[0]!.event = 'summit-tokyo'),
      'summits[0].event',
      'unknown event “summit-tokyo”',
    ],
    [
      'an effect on an unknown issue',
      (d) => (d.events[1]!.effects = [{ issue: 'gsomia', status: 'active' }]),
      'events[1].effects[0].issue',
      'unknown issue “gsomia”',
    ],
    [
      'an effect on an unknown condition',
      (d) => d.events[2]!.effects.push({ condition: 'no-such-demand', state: 'not-met' }),
      'events[2].effects[1].condition',
      'unknown condition “no-such-demand”',
    ],
    [
      'a condition marked met before any not-met',
      (d) => (d.events[2]!.effects = [{ condition: 'no-asset-sale', state: 'met' }]),
      'events[2].effects[0].state',
      'condition “no-asset-sale” is met before any event sets it as a demand (not-met)',
    ],
    [
      'a condition partly met by an earlier event listed later',
      (d) =>
        d.events.push(
          makeEvent({
            id: 'early-partial',
            date: '2019-01-01',
            effects: [{ condition: 'no-asset-sale', state: 'partly-met' }],
          }),
        ),
      'events[4].effects[0].state',
      'condition “no-asset-sale” is partly-met before any event sets it as a demand (not-met)',
    ],
    [
      'effects on a cancelled event',
      (d) =>
        (d.events[1]!.status = [
          { date: '2019-06-01', status: 'planned' },
          { date: '2019-06-20', status: 'cancelled' },
        ]),
      'events[1].effects[0]',
      'an event that has not taken place cannot have effects',
    ],
    [
      'a status history out of date order',
      (d) =>
        (d.events[3]!.status = [
          { date: '2020-10-12', status: 'planned' },
          { date: '2019-12-24', status: 'postponed' },
          { date: '2024-05-27', status: 'occurred' },
        ]),
      'events[3].status[1].date',
      'status history is not in date order',
    ],
    [
      'an event dated after meta.lastUpdated without planned status',
      (d) => d.events.push(makeEvent({ id: 'too-late', date: '2025-02-01' })),
      'events[4].date',
      "dated after the data's last update (2024-12-31) but not marked planned",
    ],
    [
      'coverage that ends before it starts',
      (d) => (d.meta.coverage = { from: '2025-01-01', to: '2018-01-01' }),
      'meta.coverage',
      'coverage ends before it starts',
    ],
    [
      'a pair that points to an unknown event',
      (d) => (d.events[1]!.pairedWith = 'no-such-event'),
      'events[1].pairedWith',
      'unknown event “no-such-event”',
    ],
    [
      'an event paired with itself',
      (d) => (d.events[1]!.pairedWith = 'controls'),
      'events[1].pairedWith',
      'an event cannot be paired with itself',
    ],
    [
      'a pair whose weighted event comes later',
      (d) => {
        d.events[1]!.pairedWith = 'summit-seoul';
        d.events[1]!.effects = [];
      },
      'events[1].pairedWith',
      'paired with “summit-seoul”, which is dated after it: the weight goes on the first',
    ],
    [
      'a chain of pairs',
      (d) => {
        d.events[1]!.issues = ['forced-labour'];
        d.events[1]!.pairedWith = 'ruling';
        d.events[3]!.pairedWith = 'controls';
      },
      'events[3].pairedWith',
      'paired with “controls”, which is itself paired: pair with the event that carries the weight',
    ],
    [
      'a pair of events that share no issue',
      (d) => (d.events[1]!.pairedWith = 'ruling'),
      'events[1].pairedWith',
      'paired with “ruling”, which shares no issue with it',
    ],
    [
      'a correction dated after the data was last checked',
      (d) => (d.events[1]!.corrections = [{ date: '2025-01-05', what: 'Date fixed.' }]),
      'events[1].corrections[0].date',
      'dated after the data was last checked (2024-12-31)',
    ],
    [
      'corrections out of date order',
      (d) =>
        (d.events[1]!.corrections = [
          { date: '2024-06-01', what: 'Title fixed.' },
          { date: '2024-05-01', what: 'Date fixed.' },
        ]),
      'events[1].corrections[1].date',
      'corrections are not in date order',
    ],
    [
      'a correction without text',
      (d) => (d.events[1]!.corrections = [{ date: '2024-06-01', what: '' }]),
      'events[1].corrections[0].what',
      'Too small: expected string to have >=1 characters',
    ],
    [
      'a condition kind that is neither condition nor demand',
      (d) => ((d.summits[0]!.conditions[0] as { kind?: string }).kind = 'wish'),
      'summits[0].conditions[0].kind',
      'Invalid option: expected one of "condition"|"demand"',
    ],
    [
      'a source URL with tracking parameters',
      (d) => (d.events[2]!.sources[0]!.url = 'https://www.mofa.go.jp/a.html?utm_source=rss'),
      'events[2].sources[0].url',
      "tracking parameter utm_source in the source URL: cite the page's own address",
    ],
    [
      'a significance out of range',
      (d) => (d.events[0]!.significance = 4),
      'events[0].significance',
      'Too big: expected number to be <=3',
    ],
  ])('reports %s', (_name, edit, path, message) => {
    expect(validateDataset(edited(edit))).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it('reports a date not written YYYY-MM-DD at its path', () => {
    const result = validateDataset(edited((d) => (d.events[0]!.date = '30 Oct 2018')));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'events[0].date',
      message: 'must be a date written YYYY-MM-DD',
    });
  });

  it('reports an event that took place after meta.lastUpdated', () => {
    const result = validateDataset(edited((d) => (d.meta.lastUpdated = '2024-05-01')));
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'events[3].date',
        message: "dated after the data's last update (2024-05-01) but not marked planned",
      },
      {
        path: 'events[3].status[2].date',
        message: "dated after the data's last update (2024-05-01)",
      },
    ]);
  });

  it('accepts an event after meta.lastUpdated that is still planned', () => {
    const d = edited((d) =>
      d.events.push(
        makeEvent({
          id: 'future-talks',
          date: '2025-03-01',
          status: [{ date: '2024-12-01', status: 'planned' }],
        }),
      ),
    );
    expect(validateDataset(d, goldsteinTable).ok).toBe(true);
  });

  it('reports a status entry dated after meta.lastUpdated', () => {
    const d = edited((d) =>
      d.events.push(
        makeEvent({
          id: 'future-talks',
          date: '2025-03-01',
          status: [
            { date: '2024-12-01', status: 'planned' },
            { date: '2025-01-15', status: 'postponed' },
          ],
        }),
      ),
    );
    expect(validateDataset(d)).toEqual({
      ok: false,
      problems: [
        {
          path: 'events[4].status[1].date',
          message: "dated after the data's last update (2024-12-31)",
        },
      ],
    });
  });

  it.each<[string, (d: Dataset) => void, string, string]>([
    [
      'a Goldstein weight not matching the table',
      (d) => (d.events[1]!.goldstein = -5),
      'events[1].goldstein',
      'Goldstein weight of CAMEO 163 is -8, not -5',
    ],
    [
      'a CAMEO code missing from the table',
      (d) => (d.events[0]!.cameo = '0874'),
      'events[0].cameo',
      'CAMEO code 0874 is not in the Goldstein table',
    ],
  ])('with the table, reports %s (and not without it)', (_name, edit, path, message) => {
    const d = edited(edit);
    expect(validateDataset(d, goldsteinTable)).toEqual({
      ok: false,
      problems: [{ path, message }],
    });
    expect(validateDataset(d).ok).toBe(true);
  });

  it('reports every problem, each at its own path', () => {
    const d = edited((d) => {
      d.events[0]!.actors = ['nobody'];
      d.events[1]!.related = ['nothing'];
    });
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'events[0].actors[0]',
      'events[1].related[0]',
    ]);
  });

  it(`stops at ${MAX_PROBLEMS} problems`, () => {
    const d = edited((d) => {
      d.events = Array.from({ length: 300 }, () => makeEvent({ actors: ['nobody', 'no-one'] }));
    });
    const result = validateDataset(d);
    expect(result.ok ? 0 : result.problems.length).toBe(MAX_PROBLEMS);
  });

  it.each<[string, unknown, string]>([
    ['null', null, '(root)'],
    ['an array', [], '(root)'],
    ['an object without meta', { issues: [] }, 'meta'],
  ])('reports %s as not a dataset', (_name, input, firstPath) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]?.path).toBe(firstPath);
  });

  it('never throws on arbitrary JSON and always gives at least one problem', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateDataset(input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(typeof p.path).toBe('string');
            expect(typeof p.message).toBe('string');
          }
        }
      }),
    );
  });

  it('never throws when a valid dataset has one field replaced by arbitrary JSON', () => {
    const keys = ['meta', 'issues', 'actors', 'summits', 'events'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        expect(() =>
          validateDataset({ ...makeDataset(), [key]: value }, goldsteinTable),
        ).not.toThrow();
      }),
    );
  });
});

describe('crossCheck', () => {
  it('finds nothing wrong with the fixture', () => {
    expect(crossCheck(makeDataset(), goldsteinTable)).toEqual([]);
  });

  it('accepts a pair, a demand with a note, corrections up to sourcesCheckedOn', () => {
    const d = edited((d) => {
      d.meta.sourcesCheckedOn = '2025-01-10';
      d.events.push(
        makeEvent({
          id: 'controls-in-force',
          date: '2019-07-04',
          cameo: '163',
          goldstein: -8,
          pairedWith: 'controls',
          corrections: [
            { date: '2024-12-31', what: 'Source link cleaned.' },
            { date: '2025-01-10', what: 'Paired with the announcement.' },
          ],
        }),
      );
      d.summits[0]!.conditions.push({
        ...d.summits[0]!.conditions[0]!,
        id: 'lift-controls',
        side: 'korea',
        kind: 'demand',
        note: 'Not stated as a condition for the summit.',
      });
    });
    expect(crossCheck(d, goldsteinTable)).toEqual([]);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(root)'],
    [['meta'], 'meta'],
    [['events', 12, 'date'], 'events[12].date'],
    [['events', 0, 'sources', 1, 'url'], 'events[0].sources[1].url'],
    [[0, 'id'], '[0].id'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('crossCheck with a repeated event id', () => {
  it('checks a pair against the last event of that id, besides reporting the repeat', () => {
    const d = edited((d) => {
      d.events[2]!.id = 'ruling'; // suga-condition, dated after controls, now a second “ruling”
      d.events[1]!.pairedWith = 'ruling';
    });
    const messages = crossCheck(d).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('events[2].id: duplicate event id “ruling” (first at index 0)');
    expect(messages).toContain(
      'events[1].pairedWith: paired with “ruling”, which is dated after it: the weight goes on the first',
    );
  });
});
