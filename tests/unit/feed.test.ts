import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  FEED_SIZE,
  feedBase,
  newestEvents,
  PLACEHOLDER_AUTHORITY,
} from '../../src/derive/feed';
import type { Dataset } from '../../src/model/schema';
import { makeDataset, makeEvent } from '../fixtures/make';

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses XML as a browser would; fails the test on any well-formedness error. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function entries(doc: Document): Element[] {
  return [...doc.getElementsByTagNameNS(ATOM, 'entry')];
}

const text = (el: Element, name: string) => el.getElementsByTagNameNS(ATOM, name)[0]?.textContent;
const href = (el: Element) => el.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href');

/** 60 events, one a day from 2019-01-01, in file order. */
function sixtyDays(): Dataset {
  const events = Array.from({ length: 60 }, (_, i) => {
    const date = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    return makeEvent({ id: `day-${date}`, date, title: `Event of ${date}` });
  });
  return makeDataset({ events, summits: [] });
}

describe('feedBase', () => {
  it.each<[string | undefined | null, string | null]>([
    [undefined, null],
    ['', null],
    ['not a url', null],
    ['javascript:alert(1)', null],
    ['https://example.org/tracker/?x=1#top', 'https://example.org/tracker/'],
    ['http://localhost:4173/', 'http://localhost:4173/'],
  ])('%j → %j', (input, expected) => {
    expect(feedBase(input)).toBe(expected);
  });
});

describe('newestEvents', () => {
  it('takes the newest by date, later in the file first on the same day', () => {
    const a = makeEvent({ id: 'a', date: '2020-01-01' });
    const b = makeEvent({ id: 'b', date: '2021-05-05' });
    const c = makeEvent({ id: 'c', date: '2021-05-05' });
    const d = makeEvent({ id: 'd', date: '2019-01-01' });
    expect(newestEvents([a, b, c, d], 3).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('atomFeed', () => {
  it(`is well-formed Atom with the ${FEED_SIZE} newest events, newest first`, () => {
    const doc = parse(atomFeed(sixtyDays()));
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    expect(doc.documentElement.localName).toBe('feed');
    const list = entries(doc);
    expect(list).toHaveLength(FEED_SIZE);
    expect(text(list[0]!, 'title')).toBe('Event of 2019-03-01');
    expect(text(list[49]!, 'title')).toBe('Event of 2019-01-11');
    expect(text(list[0]!, 'updated')).toBe('2019-03-01T00:00:00+09:00');
  });

  it('links each entry to ?event=<id>, relative to the feed without a public address', () => {
    const doc = parse(atomFeed(sixtyDays()));
    const first = entries(doc)[0]!;
    expect(href(first)).toBe('./?event=day-2019-03-01');
    expect(text(first, 'id')).toBe(`tag:${PLACEHOLDER_AUTHORITY},2026:event/day-2019-03-01`);
    const self = doc.querySelector('feed > link[rel="self"]');
    expect(self?.getAttribute('href')).toBe('feed.xml');
  });

  it('links to the public address when one is given, and mints ids on its host', () => {
    const doc = parse(
      atomFeed(sixtyDays(), { publicUrl: 'https://example.org/tracker/index.html' }),
    );
    const first = entries(doc)[0]!;
    expect(href(first)).toBe('https://example.org/tracker/index.html?event=day-2019-03-01');
    expect(text(first, 'id')).toBe('tag:example.org,2026:event/day-2019-03-01');
    expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(
      'https://example.org/tracker/feed.xml',
    );
  });

  it('escapes text so that markup in the data stays text', () => {
    const nasty = '<img src=x onerror="alert(1)"> & Tokyo’s \u0001“reply”';
    const d = makeDataset({
      events: [makeEvent({ id: 'nasty', title: nasty, summary: `${nasty} ]]> end` })],
      summits: [],
    });
    const xml = atomFeed(d);
    expect(xml).not.toContain('<img');
    const [entry] = entries(parse(xml));
    expect(text(entry!, 'title')).toBe('<img src=x onerror="alert(1)"> & Tokyo’s “reply”');
    expect(text(entry!, 'summary')).toBe(
      '<img src=x onerror="alert(1)"> & Tokyo’s “reply” ]]> end',
    );
  });

  it('says when an event is still planned, and tags entries with their issues', () => {
    const d = makeDataset({
      meta: { ...makeDataset().meta, lastUpdated: '2024-12-31' },
      events: [
        makeEvent({
          id: 'visit',
          date: '2025-02-01',
          title: 'Leaders to meet',
          issues: ['export-controls', 'wto'],
          status: [{ date: '2024-12-20', status: 'planned' }],
        }),
      ],
      summits: [],
    });
    const [entry] = entries(parse(atomFeed(d)));
    expect(text(entry!, 'title')).toBe('Planned: Leaders to meet');
    expect(
      [...entry!.getElementsByTagNameNS(ATOM, 'category')].map((c) => [
        c.getAttribute('term'),
        c.getAttribute('label'),
      ]),
    ).toEqual([
      ['export-controls', 'Export controls'],
      ['wto', 'WTO dispute'],
    ]);
  });

  it('stops where the search for events stopped, and says so', () => {
    const meta = {
      ...makeDataset().meta,
      subtitle: 'From the 2018 rulings',
      lastUpdated: '2024-12-31',
      searchedThrough: '2024-12-31',
    };
    const events = [
      makeEvent({ id: 'known', date: '2024-12-30', title: 'Known in time' }),
      // first heard of after the search: not in the feed
      makeEvent({
        id: 'later',
        date: '2025-02-01',
        title: 'Announced later',
        status: [{ date: '2025-01-10', status: 'planned' }],
      }),
      // announced before the search, due after it: in the feed as planned
      makeEvent({
        id: 'due',
        date: '2025-03-01',
        title: 'Summit due',
        status: [{ date: '2024-12-15', status: 'planned' }],
      }),
    ];
    const doc = parse(atomFeed(makeDataset({ meta, events, summits: [] })));
    expect(doc.querySelector('feed > subtitle')?.textContent).toBe(
      'From the 2018 rulings. No events recorded after 31 Dec 2024: reports were searched up to that day.',
    );
    expect(entries(doc).map((e) => text(e, 'title'))).toEqual([
      'Planned: Summit due',
      'Known in time',
    ]);
  });

  it('dates the feed by the later of lastUpdated and sourcesCheckedOn', () => {
    const meta = {
      ...makeDataset().meta,
      lastUpdated: '2024-12-31',
      sourcesCheckedOn: '2025-01-05',
    };
    const doc = parse(atomFeed(makeDataset({ meta })));
    expect(doc.querySelector('feed > updated')?.textContent).toBe('2025-01-05T00:00:00+09:00');
  });

  it('works on the bundled dataset', () => {
    const bundled = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8'),
    ) as Dataset;
    const list = entries(parse(atomFeed(bundled)));
    expect(list).toHaveLength(FEED_SIZE);
    const ids = list.map((e) => text(e, 'id'));
    expect(new Set(ids).size).toBe(FEED_SIZE);
    const dates = list.map((e) => text(e, 'updated')!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
