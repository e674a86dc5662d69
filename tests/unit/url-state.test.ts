import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/derive/filter';
import {
  queryWarningText,
  defaultViewState,
  isDefaultQuery,
  parseQuery,
  sanitizeAgainstDataset,
  serializeQuery,
  type ViewState,
} from '../../src/derive/url-state';
import { makeDataset } from '../fixtures/make';

const state = (
  overrides: Partial<ViewState> = {},
  filters: Partial<ViewState['filters']> = {},
) => ({
  ...defaultViewState,
  ...overrides,
  filters: { ...emptyFilters, ...filters },
});

describe('parseQuery', () => {
  it('reads an empty query as the default view without warnings', () => {
    expect(parseQuery('')).toEqual({ state: defaultViewState, warnings: [] });
    expect(parseQuery('?')).toEqual({ state: defaultViewState, warnings: [] });
  });

  it('reads every parameter', () => {
    expect(
      parseQuery(
        '?issues=wto,export-controls&actors=jp-government&kinds=ruling&from=2019-01-01&to=2019-12-31&q=kono+taro&asOf=2020-10-27&event=summit-seoul&view=list&order=oldest&future=hide&data=x.json',
      ),
    ).toEqual({
      state: {
        filters: {
          issues: ['wto', 'export-controls'],
          actors: ['jp-government'],
          kinds: ['ruling'],
          from: '2019-01-01',
          to: '2019-12-31',
          query: 'kono taro',
        },
        asOf: '2020-10-27',
        eventId: 'summit-seoul',
        view: 'list',
        listOrder: 'oldest',
        future: 'hide',
        story: null,
        compare: null,
      },
      warnings: [],
    });
  });

  it.each<[string, Partial<ViewState>]>([
    ['?story=1', { story: 1 }],
    ['?story=12', { story: 12 }],
    ['?compare=2019-07-01..2023-03-24', { compare: { from: '2019-07-01', to: '2023-03-24' } }],
    // the later date first still means the same two dates, earlier first
    ['?compare=2023-03-24..2019-07-01', { compare: { from: '2019-07-01', to: '2023-03-24' } }],
    ['?compare=2020-01-01..2020-01-01', { compare: { from: '2020-01-01', to: '2020-01-01' } }],
  ])('reads the story chapter and the compared dates: %s', (search, overrides) => {
    expect(parseQuery(search)).toEqual({ state: state(overrides), warnings: [] });
  });

  it.each([
    ['?story=0', 'Ignored story=“0”: expected a chapter number (1, 2, 3…)'],
    ['?story=-1', 'Ignored story=“-1”: expected a chapter number (1, 2, 3…)'],
    ['?story=2.5', 'Ignored story=“2.5”: expected a chapter number (1, 2, 3…)'],
    ['?story=100', 'Ignored story=“100”: expected a chapter number (1, 2, 3…)'],
    ['?story=01', 'Ignored story=“01”: expected a chapter number (1, 2, 3…)'],
    [
      '?compare=2019-07-01',
      'Ignored compare=“2019-07-01”: expected two dates written YYYY-MM-DD..YYYY-MM-DD',
    ],
    [
      '?compare=2019-07-01..2019-02-30',
      'Ignored compare=“2019-07-01..2019-02-30”: expected two dates written YYYY-MM-DD..YYYY-MM-DD',
    ],
    [
      '?compare=2019-07-01..2020-01-01..2021-01-01',
      'Ignored compare=“2019-07-01..2020-01-01..2021-01-01”: expected two dates written YYYY-MM-DD..YYYY-MM-DD',
    ],
  ])('ignores %s with one warning', (search, text) => {
    const parsed = parseQuery(search);
    expect(parsed.state).toEqual(defaultViewState);
    expect(parsed.warnings.map(queryWarningText)).toEqual([text]);
  });

  // Each bad parameter is dropped with one warning; the others still apply.
  it.each<[string, string, Partial<ViewState>, Partial<ViewState['filters']>, RegExp[]]>([
    [
      'a malformed asOf',
      '?asOf=2019-02-30&view=list',
      { view: 'list' },
      {},
      [/^Ignored asOf=“2019-02-30”: not a date written YYYY-MM-DD$/],
    ],
    [
      'an asOf that is not a date at all',
      '?asOf=yesterday&issues=wto',
      {},
      { issues: ['wto'] },
      [/^Ignored asOf=“yesterday”/],
    ],
    [
      'an unknown view',
      '?view=grid&asOf=2020-01-01',
      { asOf: '2020-01-01' },
      {},
      [/^Ignored view=“grid”: expected one of lanes, list$/],
    ],
    [
      'an unknown future mode',
      '?future=show&view=list',
      { view: 'list' },
      {},
      [/^Ignored future=“show”: expected one of dim, hide$/],
    ],
    [
      'from after to',
      '?from=2020-01-01&to=2019-01-01&q=seoul',
      {},
      { query: 'seoul' },
      [/^Ignored from=2020-01-01 and to=2019-01-01: the range ends before it starts$/],
    ],
    [
      'a bad from with a good to',
      '?from=2019-13-01&to=2019-06-30',
      {},
      { to: '2019-06-30' },
      [/^Ignored from=“2019-13-01”/],
    ],
    [
      'duplicate ids (kept once, silently)',
      '?issues=wto,wto,gsomia,wto&actors=a,a',
      {},
      { issues: ['wto', 'gsomia'], actors: ['a'] },
      [],
    ],
    [
      'ids that are not ids',
      '?issues=wto,Bad_Id,,gsomia&kinds=ruling',
      {},
      { issues: ['wto', 'gsomia'], kinds: ['ruling'] },
      // one warning per parameter, counting the others
      [/^Ignored issues value “Bad_Id” and 1 more: not an id$/],
    ],
    [
      'an overlong id',
      `?actors=${'a'.repeat(81)},jp-government`,
      {},
      { actors: ['jp-government'] },
      [/^Ignored actors value “a{40}”: not an id$/],
    ],
    [
      'an overlong q',
      `?q=${'x'.repeat(250)}&view=list`,
      { view: 'list' },
      { query: 'x'.repeat(200) },
      [/^Shortened q to 200 characters$/],
    ],
    [
      'a bad event id',
      '?event=<script>&asOf=2020-01-01',
      { asOf: '2020-01-01' },
      {},
      [/^Ignored event=“<script>”: not an id$/],
    ],
    [
      'several problems at once',
      '?asOf=2019-02-29&view=grid&issues=wto',
      {},
      { issues: ['wto'] },
      [/asOf=“2019-02-29”/, /view=“grid”/],
    ],
  ])('drops %s and keeps the rest', (_name, search, overrides, filters, warnings) => {
    const parsed = parseQuery(search);
    expect(parsed.state).toEqual(state(overrides, filters));
    expect(parsed.warnings).toHaveLength(warnings.length);
    warnings.forEach((re, i) => expect(queryWarningText(parsed.warnings[i]!)).toMatch(re));
  });

  it('cuts a long bad value to 40 characters in its warning', () => {
    const warning = queryWarningText(parseQuery(`?view=${'v'.repeat(100)}`).warnings[0]!);
    expect(warning).toContain(`“${'v'.repeat(40)}”`);
    expect(warning).not.toContain('v'.repeat(41));
  });

  it('treats empty parameters as absent', () => {
    expect(parseQuery('?issues=&from=&asOf=&event=&q=')).toEqual({
      state: defaultViewState,
      warnings: [],
    });
  });

  it('never throws on arbitrary strings and always returns a well-formed state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const { state: s, warnings } = parseQuery(search);
        expect(['lanes', 'list']).toContain(s.view);
        expect(['dim', 'hide']).toContain(s.future);
        expect(s.filters.query.length).toBeLessThanOrEqual(200);
        expect(Array.isArray(warnings)).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary parameter values', () => {
    const name = fc.constantFrom(
      'issues',
      'actors',
      'kinds',
      'from',
      'to',
      'q',
      'asOf',
      'event',
      'view',
      'order',
      'future',
      'story',
      'compare',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ unit: 'binary' }))), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        expect(() => parseQuery(search)).not.toThrow();
      }),
    );
  });
});

describe('serializeQuery', () => {
  it('writes nothing for the default view', () => {
    expect(serializeQuery(defaultViewState)).toBe('');
  });

  it.each<[string, ViewState, string]>([
    [
      'issues, with readable commas',
      state({}, { issues: ['wto', 'export-controls'] }),
      '?issues=wto,export-controls',
    ],
    [
      'actors and kinds',
      state({}, { actors: ['jp-government'], kinds: ['ruling'] }),
      '?actors=jp-government&kinds=ruling',
    ],
    [
      'a date range',
      state({}, { from: '2019-01-01', to: '2019-12-31' }),
      '?from=2019-01-01&to=2019-12-31',
    ],
    ['a query', state({}, { query: 'kono taro' }), '?q=kono+taro'],
    [
      'the cursor and the open event',
      state({ asOf: '2020-10-27', eventId: 'summit-seoul' }),
      '?asOf=2020-10-27&event=summit-seoul',
    ],
    ['the list view', state({ view: 'list' }), '?view=list'],
    ['later events shown dimmed', state({ future: 'dim' }), '?future=dim'],
    ['the list oldest first', state({ listOrder: 'oldest' }), '?order=oldest'],
    ['the default view and future mode as nothing', state({ view: 'lanes', future: 'hide' }), ''],
    ['a story chapter', state({ story: 3 }), '?story=3'],
    [
      'two compared dates',
      state({ compare: { from: '2019-07-01', to: '2023-03-24' } }),
      '?compare=2019-07-01..2023-03-24',
    ],
  ])('writes %s', (_name, s, expected) => {
    expect(serializeQuery(s)).toBe(expected);
  });

  it('keeps ?data=, ?embed= and ?title= of the current URL and drops everything else', () => {
    expect(
      serializeQuery(
        state({ view: 'list' }),
        '?data=my.json&embed=1&title=Hello&view=lanes&foo=bar',
      ),
    ).toBe('?data=my.json&embed=1&title=Hello&view=list');
  });

  it('keeps pass-through parameters even for the default view', () => {
    expect(serializeQuery(defaultViewState, '?data=my.json')).toBe('?data=my.json');
  });
});

describe('isDefaultQuery', () => {
  it.each([
    ['', true],
    ['?data=x.json&embed=1', true],
    ['?view=lanes&future=hide', true],
    ['?future=dim', false],
    ['?view=grid', true],
    ['?view=list', false],
    ['?q=seoul', false],
  ])('%j → %s', (search, expected) => {
    expect(isDefaultQuery(search)).toBe(expected);
  });
});

describe('sanitizeAgainstDataset', () => {
  const dataset = makeDataset();

  it('keeps known ids without warnings', () => {
    const s = state(
      { eventId: 'summit-seoul' },
      { issues: ['wto'], actors: ['jp-fm-kono'], kinds: ['ruling'] },
    );
    expect(sanitizeAgainstDataset(s, dataset)).toEqual({ state: s, warnings: [] });
  });

  it('drops unknown ids with one warning each and keeps everything else', () => {
    const s = state(
      { eventId: 'no-such-event', asOf: '2020-01-01', view: 'list' },
      { issues: ['wto', 'gsomia'], actors: ['nobody'], kinds: ['ruling', 'dance'], query: 'seoul' },
    );
    const result = sanitizeAgainstDataset(s, dataset);
    expect(result.state).toEqual(
      state(
        { asOf: '2020-01-01', view: 'list' },
        { issues: ['wto'], kinds: ['ruling'], query: 'seoul' },
      ),
    );
    expect(result.warnings.map(queryWarningText)).toEqual([
      'Ignored event “no-such-event”: not in this dataset',
      'Ignored issue “gsomia”: not in this dataset',
      'Ignored actor “nobody”: not in this dataset',
      'Ignored kind “dance”: not in this dataset',
    ]);
  });
});

// Arbitraries for a valid ViewState: what parseQuery could itself have produced.
const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const idsArb = fc.uniqueArray(idArb, { maxLength: 4 });
const isoArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const rangeArb = fc
  .tuple(fc.option(isoArb), fc.option(isoArb))
  .map(
    ([a, b]) =>
      (a !== null && b !== null && a > b ? [b, a] : [a, b]) as [string | null, string | null],
  );
const viewStateArb: fc.Arbitrary<ViewState> = fc.record({
  filters: fc.record({
    issues: idsArb,
    actors: idsArb,
    kinds: idsArb,
    from: fc.constant(null),
    to: fc.constant(null),
    query: fc.string({ unit: 'binary', maxLength: 100 }),
  }),
  asOf: fc.option(isoArb),
  eventId: fc.option(idArb),
  view: fc.constantFrom('lanes', 'list'),
  listOrder: fc.constantFrom('newest', 'oldest'),
  future: fc.constantFrom('dim', 'hide'),
  story: fc.option(fc.integer({ min: 1, max: 99 })),
  compare: fc.option(
    fc.tuple(isoArb, isoArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  ),
});
// from and to come from one pair so that from <= to holds
const viewStateWithRangeArb = fc
  .tuple(viewStateArb, rangeArb)
  .map(([s, [from, to]]) => ({ ...s, filters: { ...s.filters, from, to } }));

describe('URL ⇄ state round trip', () => {
  it('parseQuery(serializeQuery(s)) gives back any valid state, without warnings', () => {
    fc.assert(
      fc.property(viewStateWithRangeArb, (s) => {
        const parsed = parseQuery(serializeQuery(s));
        expect(parsed.state).toEqual(s);
        expect(parsed.warnings).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the pass-through parameters through the round trip', () => {
    fc.assert(
      fc.property(viewStateWithRangeArb, fc.string({ unit: 'binary', minLength: 1 }), (s, data) => {
        const current = `?${new URLSearchParams({ data }).toString()}`;
        const search = serializeQuery(s, current);
        expect(new URLSearchParams(search).get('data')).toBe(data);
        expect(parseQuery(search).state).toEqual(s);
      }),
    );
  });

  it('serializes a parsed query to a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const once = serializeQuery(parseQuery(search).state);
        expect(serializeQuery(parseQuery(once).state)).toBe(once);
      }),
    );
  });
});
