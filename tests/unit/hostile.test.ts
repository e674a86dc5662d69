/**
 * Hostile input, one case per finding of issue #25 (findings 1 and 6 are tested with the
 * barometer and the SVG export). Each case failed before its fix.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { eventsCsv } from '../../src/features/export/export-files';
import { indicatorsCsv } from '../../src/features/indicators/indicator-files';
import type { Indicators } from '../../src/model/indicators-schema';
import { monthRange } from '../../src/derive/dates';
import { barometerSeries } from '../../src/derive/barometer-series';
import {
  defaultViewState,
  parseQuery,
  queryWarningText,
  sanitizeAgainstDataset,
  serializeQuery,
} from '../../src/derive/url-state';
import { isIsoDate } from '../../src/model/iso-date';
import { loadCustomDataset } from '../../src/model/load-custom';
import { validateDataset } from '../../src/model/validate';
import { answerLoadRequest, type WorkerMessage } from '../../src/model/load-worker';
import { MAX_NOTICES, useTracker } from '../../src/store/tracker-store';
import { makeDataset, makeEvent } from '../fixtures/make';

/** The cells of a CSV as a spreadsheet program reads them (byte-order mark dropped). */
const cells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('finding 2: no formula reaches a CSV', () => {
  const formulas = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    '@SUM(1)',
    '-2+3',
    '\t=1+1',
    '\r=1+1',
    // papaparse's own pattern does not look past a line break
    '=1+1\nsecond line',
  ];

  it.each(formulas)('an event titled %j is text in the events CSV', (title) => {
    const dataset = makeDataset({ events: [makeEvent({ title, summary: title })] });
    const [header, row] = cells(eventsCsv(dataset.events, dataset));
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('title')).toBe(`'${title}`);
    expect(at('summary')).toBe(`'${title}`);
  });

  it('leaves numbers and ordinary text as they were', () => {
    const event = makeEvent({ title: 'Talks in Seoul', goldstein: -2 });
    const dataset = makeDataset({ events: [event] });
    const [header, row] = cells(eventsCsv(dataset.events, dataset));
    expect(row![header!.indexOf('title')]).toBe('Talks in Seoul');
    expect(row![header!.indexOf('goldstein')]).toBe('-2');
  });

  it('escapes a formula in every text of the indicators CSV', () => {
    const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;
    const [first, ...others] = indicators.series;
    const hostile: Indicators = {
      ...indicators,
      series: [
        {
          ...first!,
          title: '=HYPERLINK("http://x","y")',
          sources: first!.sources.map((s) => ({ ...s, publisher: '@SUM(1)' })),
        },
        ...others,
      ],
    };
    const [header, ...rows] = cells(indicatorsCsv(hostile));
    const mine = rows.filter((r) => r[header!.indexOf('series_id')] === first!.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) {
      expect(row[header!.indexOf('series_title')]).toBe(`'=HYPERLINK("http://x","y")`);
      expect(row[header!.indexOf('source_publisher')]).toBe(`'@SUM(1)`);
    }
    const cellsAll = rows.flat();
    expect(cellsAll.filter((c) => /^[=+@]/.test(c))).toEqual([]);
  });
});

const page = 'https://tracker.example/app/index.html';

/** A response as fetch gives it after following redirects to `finalUrl`. */
function arrivedFrom(finalUrl: string, body: string): Response {
  const response = new Response(body);
  Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

describe('finding 3: ?data= never leaves the origin through a redirect', () => {
  it('asks fetch not to follow redirects, and refuses the redirect it gets', async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) =>
      init?.redirect === 'manual'
        ? new Response(null, { status: 302, headers: { location: '//evil.example/x.json' } })
        : arrivedFrom('https://evil.example/x.json', JSON.stringify(makeDataset())),
    );
    const result = await loadCustomDataset('go?to=//evil.example/x.json', page, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledOnce();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/redirected/);
  });

  it('refuses a response whose final address is on another origin', async () => {
    const body = JSON.stringify(makeDataset());
    const fetchImpl = vi.fn(async () => arrivedFrom('http://127.0.0.1:9999/x.json', body));
    const result = await loadCustomDataset('go?to=x', page, fetchImpl);
    expect(result.ok).toBe(false);
  });

  it('shows nothing from another origin through the worker', async () => {
    const body = JSON.stringify(makeDataset());
    const messages: WorkerMessage[] = [];
    await answerLoadRequest(
      { type: 'load', url: 'go?to=x', pageUrl: page },
      (m) => messages.push(m),
      { fetch: async () => arrivedFrom('https://evil.example/x.json', body), now: () => 0 },
    );
    expect(messages.filter((m) => m.type === 'events')).toEqual([]);
    const done = messages.at(-1);
    expect(done?.type === 'done' && done.result.ok).toBe(false);
  });

  it('still loads a file from this site', async () => {
    const body = JSON.stringify(makeDataset());
    const fetchImpl = vi.fn(async () => arrivedFrom('https://tracker.example/app/x.json', body));
    expect((await loadCustomDataset('x.json', page, fetchImpl)).ok).toBe(true);
  });
});

describe('finding 7: a file in another encoding is named as such', () => {
  // "日韓" in Shift_JIS: not UTF-8
  const shiftJis = new Uint8Array([0x93, 0xfa, 0x8a, 0xd8]);
  const fileWith = (title: Uint8Array): Uint8Array<ArrayBuffer> => {
    const dataset = makeDataset();
    dataset.events[0] = { ...dataset.events[0]!, title: 'TITLE' };
    const [before, after] = JSON.stringify(dataset).split('TITLE');
    const enc = new TextEncoder();
    return new Uint8Array([...enc.encode(before), ...title, ...enc.encode(after)]);
  };

  it.each([
    ['streamed', (bytes: Uint8Array<ArrayBuffer>) => new Response(bytes)],
    [
      'whole',
      (bytes: Uint8Array<ArrayBuffer>) => {
        const response = new Response(bytes);
        Object.defineProperty(response, 'body', { value: null });
        return response;
      },
    ],
  ])('refuses Shift_JIS bytes (%s) with a message that names the encoding', async (_, make) => {
    const result = await loadCustomDataset('x.json', page, async () => make(fileWith(shiftJis)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/not UTF-8.*Shift_JIS/);
  });

  it('loads the same text written in UTF-8', async () => {
    const utf8 = new TextEncoder().encode('日韓');
    const result = await loadCustomDataset(
      'x.json',
      page,
      async () => new Response(fileWith(utf8)),
    );
    expect(result.ok ? result.dataset.events[0]!.title : result.problems).toBe('日韓');
  });
});

describe('finding 5: far-future and early dates', () => {
  const problemsOf = (edit: (d: ReturnType<typeof makeDataset>) => void) => {
    const dataset = structuredClone(makeDataset());
    edit(dataset);
    const result = validateDataset(dataset);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it.each([
    [
      'meta.lastUpdated',
      (d: ReturnType<typeof makeDataset>) => (d.meta.lastUpdated = '9999-12-31'),
    ],
    ['events[1].date', (d: ReturnType<typeof makeDataset>) => (d.events[1]!.date = '9999-12-31')],
    ['events[1].date', (d: ReturnType<typeof makeDataset>) => (d.events[1]!.date = '0001-01-01')],
  ])('refuses a year out of range in %s, saying which years are allowed', (path, edit) => {
    expect(problemsOf(edit)).toContain(`${path}: the year must be between 1800 and 2200`);
  });

  it('counts months as numbers across the year 9999, and ends', () => {
    expect(monthRange('9999-11-15', '9999-12-31')).toEqual(['9999-11', '9999-12']);
    expect(monthRange('2019-12-01', '2020-02-01')).toEqual(['2019-12', '2020-01', '2020-02']);
    expect(monthRange('2020-02-01', '2019-12-01')).toEqual([]);
  });

  it('draws the barometer up to a last day in the far future without throwing', () => {
    const events = [makeEvent({ date: '2019-07-01' })];
    const points = barometerSeries(events, 6, { from: '2019-07-01', to: '2200-12-31' });
    expect(points.at(-1)!.month).toBe('2200-12');
  });

  it.each([
    ['0000-02-29', true],
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-02-29', false],
  ])('isIsoDate(%s) is %s (leap years by the Gregorian rule, also below 100)', (date, ok) => {
    expect(isIsoDate(date)).toBe(ok);
  });

  it('keeps years below 100 as written', () => {
    expect(monthRange('0050-11-15', '0051-01-01')).toEqual(['0050-11', '0050-12', '0051-01']);
  });
});

describe('finding 8: a flood of bad link values gives one grouped notice', () => {
  it('groups 15,000 empty issue values into one warning', () => {
    const { warnings } = parseQuery(`?issues=${','.repeat(15_000)}`);
    expect(warnings.map(queryWarningText)).toEqual([
      'Ignored issues value “” and 15,000 more: not an id',
    ]);
  });

  it('groups ids the dataset does not have, one warning per kind of id', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `no-such-issue-${i}`);
    const parsed = parseQuery(`?issues=${ids.join(',')}&actors=nobody`);
    const { warnings } = sanitizeAgainstDataset(parsed.state, makeDataset());
    expect(warnings.map(queryWarningText)).toEqual([
      'Ignored issue “no-such-issue-0” and 4,999 more: not in this dataset',
      'Ignored actor “nobody”: not in this dataset',
    ]);
  });

  it('lists at most MAX_NOTICES notices in the store and counts the rest', () => {
    useTracker.setState(useTracker.getInitialState(), true);
    const many = Array.from({ length: 15_000 }, (_, i) => ({
      kind: 'text' as const,
      text: `${i}`,
    }));
    useTracker.getState().addNotices(many);
    useTracker.getState().addNotices([{ kind: 'text', text: 'one more' }]);
    const { notices } = useTracker.getState();
    expect(notices).toHaveLength(MAX_NOTICES + 1);
    expect(notices.at(-1)).toEqual({ kind: 'more', count: 15_001 - MAX_NOTICES });
  });
});

describe('finding 8: a cleaned address drops invalid lang=, title= and embed=', () => {
  it.each([
    ['?lang=xx&issues=wto', ''],
    ['?lang=ja', '?lang=ja'],
    ['?embed=0', ''],
    ['?embed=<script>', '?embed=1'],
    ['?embed=1&title=%0B%0BMy%20chart%0A', '?embed=1&title=My+chart'],
    [`?embed=1&title=${'t'.repeat(500)}`, `?embed=1&title=${'t'.repeat(120)}`],
    ['?title=Not%20an%20embed', ''],
    ['?embed=1&title=%20%20', '?embed=1'],
    ['?data=mine.json', '?data=mine.json'],
  ])('%s → %j', (search, cleaned) => {
    expect(serializeQuery(defaultViewState, search)).toBe(cleaned);
  });
});
