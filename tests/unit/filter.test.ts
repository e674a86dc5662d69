import { describe, expect, it } from 'vitest';
import {
  countByIssue,
  describeFilters,
  emptyFilters,
  filterEvents,
  kindsOf,
  searchIndex,
  searchIndexInSteps,
  shownIssueIds,
  type Filters,
} from '../../src/derive/filter';
import type { DisputeEvent } from '../../src/model/schema';
import { exports as enExports } from '../../src/i18n/en/exports';
import { exports as jaExports } from '../../src/i18n/ja/exports';
import { exports as koExports } from '../../src/i18n/ko/exports';
import { fixtureActors, makeEvent } from '../fixtures/make';

const events: DisputeEvent[] = [
  makeEvent({
    id: 'ruling',
    date: '2018-10-30',
    title: 'Supreme Court ruling on forced labour',
    summary: 'Nippon Steel must pay damages.',
    issues: ['forced-labour'],
    actors: ['kr-government'],
    kind: 'ruling',
  }),
  makeEvent({
    id: 'controls',
    date: '2019-07-01',
    title: 'Export controls announced',
    summary: 'Licences required for three materials.',
    issues: ['export-controls'],
    actors: ['jp-government'],
    kind: 'sanction',
  }),
  makeEvent({
    id: 'kono-statement',
    date: '2019-07-19',
    title: 'Foreign minister summons ambassador',
    summary: 'A heated exchange over arbitration.',
    issues: ['forced-labour', 'wto'],
    actors: ['jp-fm-kono'],
    kind: 'statement',
  }),
  makeEvent({
    id: 'wto-filing',
    date: '2019-09-11',
    title: 'Seoul files a WTO complaint',
    summary: 'Korea challenges the export controls at Geneva.',
    issues: ['wto', 'export-controls'],
    actors: ['kr-government', 'jp-government'],
    kind: 'legal',
  }),
];

const ids = (list: readonly DisputeEvent[]) => list.map((e) => e.id);
const run = (filters: Partial<Filters>) =>
  ids(filterEvents(events, fixtureActors, { ...emptyFilters, ...filters }));

describe('filterEvents', () => {
  it('keeps every event with empty filters, in dataset order', () => {
    expect(run({})).toEqual(['ruling', 'controls', 'kono-statement', 'wto-filing']);
  });

  it.each<[string, Partial<Filters>, string[]]>([
    ['one issue', { issues: ['wto'] }, ['kono-statement', 'wto-filing']],
    [
      'any of several issues',
      { issues: ['forced-labour', 'export-controls'] },
      ['ruling', 'controls', 'kono-statement', 'wto-filing'],
    ],
    ['an issue no event has', { issues: ['gsomia'] }, []],
    ['one actor', { actors: ['kr-government'] }, ['ruling', 'wto-filing']],
    [
      'any of several actors',
      { actors: ['jp-fm-kono', 'jp-government'] },
      ['controls', 'kono-statement', 'wto-filing'],
    ],
    ['kinds', { kinds: ['ruling', 'legal'] }, ['ruling', 'wto-filing']],
    [
      'issue and actor together (AND across filters)',
      { issues: ['wto'], actors: ['jp-fm-kono'] },
      ['kono-statement'],
    ],
    ['from is inclusive', { from: '2019-07-01' }, ['controls', 'kono-statement', 'wto-filing']],
    ['to is inclusive', { to: '2019-07-19' }, ['ruling', 'controls', 'kono-statement']],
    ['from and to on the same day', { from: '2019-07-19', to: '2019-07-19' }, ['kono-statement']],
    [
      'from the day after an event excludes it',
      { from: '2019-07-02', to: '2019-09-10' },
      ['kono-statement'],
    ],
  ])('filters by %s', (_name, filters, expected) => {
    expect(run(filters)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['title, any case', 'Controls ANNOUNCED', ['controls']],
    ['summary', 'geneva', ['wto-filing']],
    ['actor name in English', 'republic of korea', ['ruling', 'wto-filing']],
    ['actor name without its accents', 'kono taro', ['kono-statement']],
    ['actor name with its accents', 'Kōno', ['kono-statement']],
    ['actor name in Japanese', '河野', ['kono-statement']],
    ['actor name in Korean', '대한민국', ['ruling', 'wto-filing']],
    ['actor name in Japanese (government)', '日本政府', ['controls', 'wto-filing']],
    ['several terms, all required (AND)', 'export seoul', ['wto-filing']],
    ['terms in any order', 'seoul export', ['wto-filing']],
    ['a term that matches nothing', 'export zzz', []],
    ['surrounding and repeated spaces', '   ruling   ', ['ruling']],
    ['a blank query', '   ', ['ruling', 'controls', 'kono-statement', 'wto-filing']],
  ])('searches %s: %j', (_name, query, expected) => {
    expect(run({ query })).toEqual(expected);
  });

  it('combines the text query with the other filters', () => {
    expect(run({ query: 'export', from: '2019-08-01' })).toEqual(['wto-filing']);
  });

  it('returns an empty list for no events', () => {
    expect(filterEvents([], fixtureActors, { ...emptyFilters, query: 'x' })).toEqual([]);
  });

  it('searches the actor id when the actor is not in the list', () => {
    const lone = [makeEvent({ id: 'lone', actors: ['mystery-actor'] })];
    expect(ids(filterEvents(lone, [], { ...emptyFilters, query: 'mystery' }))).toEqual(['lone']);
  });
});

describe('countByIssue', () => {
  it('counts an event once in each of its issues', () => {
    expect(Object.fromEntries(countByIssue(events))).toEqual({
      'forced-labour': 2,
      'export-controls': 2,
      wto: 2,
    });
  });

  it('is empty for no events', () => {
    expect(countByIssue([]).size).toBe(0);
  });
});

describe('kindsOf', () => {
  it('lists distinct kinds, sorted', () => {
    expect(kindsOf([...events, makeEvent({ kind: 'ruling' })])).toEqual([
      'legal',
      'ruling',
      'sanction',
      'statement',
    ]);
  });
});

describe('describeFilters', () => {
  const names = {
    issues: new Map([
      ['wto', 'WTO dispute'],
      ['export-controls', 'Export controls'],
    ]),
    actors: new Map([['jp-government', 'Government of Japan']]),
  };

  it.each<[string, Partial<Filters>, string]>([
    ['nothing', {}, 'All events'],
    ['a blank query', { query: '  ' }, 'All events'],
    [
      'issues by name',
      { issues: ['wto', 'export-controls'] },
      'Issues: WTO dispute, Export controls',
    ],
    ['an unknown issue by id', { issues: ['gsomia'] }, 'Issues: gsomia'],
    ['actors by name', { actors: ['jp-government'] }, 'Actors: Government of Japan'],
    ['kinds', { kinds: ['ruling', 'legal'] }, 'Kinds: ruling, legal'],
    ['an open start', { to: '2020-01-01' }, 'Dates: start to 2020-01-01'],
    ['an open end', { from: '2019-07-01' }, 'Dates: 2019-07-01 to latest'],
    ['a trimmed query', { query: ' kono ' }, 'Search: “kono”'],
    [
      'everything, joined by middle dots',
      { issues: ['wto'], kinds: ['legal'], from: '2019-01-01', to: '2019-12-31', query: 'seoul' },
      'Issues: WTO dispute · Kinds: legal · Dates: 2019-01-01 to 2019-12-31 · Search: “seoul”',
    ],
  ])('describes %s', (_name, filters, expected) => {
    expect(describeFilters({ ...emptyFilters, ...filters }, names, enExports.filters)).toBe(
      expected,
    );
  });

  it('takes its words from the caller: Japanese and Korean, with local dates', () => {
    const all = { issues: ['wto'], from: '2019-07-01', query: 'seoul' };
    const ja = describeFilters({ ...emptyFilters, ...all }, names, jaExports.filters);
    expect(ja).toBe('争点：WTO dispute・期間：2019年7月1日～最新・検索：「seoul」');
    expect(describeFilters(emptyFilters, names, jaExports.filters)).toBe('すべての出来事');
    const ko = describeFilters({ ...emptyFilters, ...all }, names, koExports.filters);
    expect(ko).toBe('쟁점: WTO dispute · 기간: 2019년 7월 1일~최신 · 검색: “seoul”');
    expect(describeFilters(emptyFilters, names, koExports.filters)).toBe('모든 사건');
  });
});

describe('filterEvents with many issues', () => {
  // up to 32 issues use bit masks; beyond that the plain path must give the same answer
  it.each([8, 32, 40])(
    '%i distinct issues: the issue filter picks exactly the events tagged with it',
    (n) => {
      const events = Array.from({ length: n * 3 }, (_, i) =>
        makeEvent({ id: `e-${i}`, issues: [`issue-${i % n}`, `issue-${(i + 1) % n}`] }),
      );
      const picked = filterEvents(events, fixtureActors, {
        ...emptyFilters,
        issues: [`issue-${n - 1}`],
      });
      const expected = events.filter((e) => e.issues.includes(`issue-${n - 1}`));
      expect(picked.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      expect(picked.length).toBe(6);
    },
  );
});

describe('shownIssueIds', () => {
  const issues = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    [[], ['a', 'b', 'c']],
    [
      ['c', 'a'],
      ['a', 'c'],
    ],
    [['zzz'], []],
  ])('chosen %j draws %j, in dataset order', (chosen, expected) => {
    expect(shownIssueIds(issues, chosen)).toEqual(expected);
  });
});

describe('searchIndexInSteps', () => {
  const events = Array.from({ length: 7 }, (_, i) =>
    makeEvent({ id: `e${i}`, title: `Event ${i} white-list`, actors: ['jp-government'] }),
  );

  it('builds, a slice at a time, the same texts as searchIndex, and says when it is done', () => {
    const steps = searchIndexInSteps(events, fixtureActors, ['', 'ホワイト国']);
    const slices: boolean[] = [];
    for (;;) {
      let left = 3;
      const done = steps.step(() => left-- > 0);
      slices.push(done);
      if (done) break;
    }
    expect(slices).toEqual([false, false, true]);
    expect(steps.all()).toEqual(searchIndex(events, fixtureActors, ['', 'ホワイト国']));
  });

  it('finishes the rest when all texts are asked for before warming ends', () => {
    const steps = searchIndexInSteps(events, fixtureActors);
    steps.step(() => false);
    expect(steps.all()).toHaveLength(7);
    expect(steps.step(() => true)).toBe(true);
  });
});
