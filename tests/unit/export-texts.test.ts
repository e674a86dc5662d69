import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/derive/filter';
import { defaultViewState, parseQuery, type ViewState } from '../../src/derive/url-state';
import { creditLine, imageSubtitle } from '../../src/features/common/card-text';
import { permalink, permalinkBase } from '../../src/features/common/permalink';
import { csvColumns, csvRows, csvTable } from '../../src/features/export/csv-table';
import { exportFileName } from '../../src/features/export/file-name';
import { widthPresets } from '../../src/features/export/image-sizes';
import { core as jaCore } from '../../src/i18n/ja/core';
import { exports as jaExports } from '../../src/i18n/ja/exports';
import { core as koCore } from '../../src/i18n/ko/core';
import { exports as koExports } from '../../src/i18n/ko/exports';
import { makeDataset, makeEvent, makeSource } from '../fixtures/make';
import { japaneseCsvHeaders } from '../fixtures/csv-headers';

const dataset = makeDataset();

describe('csvRows', () => {
  it('flattens an event, naming issues and actors and listing sources one per line', () => {
    const event = makeEvent({
      id: 'filing',
      date: '2019-09-11',
      datePrecision: 'day',
      title: 'Seoul files a "WTO" complaint, again',
      summary: 'Line one\nline two',
      issues: ['wto', 'export-controls'],
      actors: ['kr-government', 'unknown-actor'],
      kind: 'legal',
      cameo: '111',
      goldstein: -2,
      status: [
        { date: '2019-09-01', status: 'planned' },
        { date: '2019-09-11', status: 'occurred' },
      ],
      sources: [
        makeSource({
          publisher: 'MOTIE',
          title: 'Press release',
          url: 'https://a.example/1',
          published: '2019-09-11',
        }),
        makeSource({
          publisher: 'Yonhap',
          title: 'Report',
          url: 'https://b.example/2',
          published: '2019-09-12',
        }),
      ],
    });
    expect(csvRows([event], dataset)).toEqual([
      {
        id: 'filing',
        date: '2019-09-11',
        date_precision: 'day',
        title: 'Seoul files a "WTO" complaint, again',
        summary: 'Line one\nline two',
        issues: 'WTO dispute; Export controls',
        actors: 'Government of the Republic of Korea; unknown-actor',
        kind: 'legal',
        cameo: '111',
        goldstein: -2,
        status: '2019-09-01 planned; 2019-09-11 occurred',
        sources: 'MOTIE: Press release (2019-09-11)\nYonhap: Report (2019-09-12)',
        source_urls: 'https://a.example/1\nhttps://b.example/2',
      },
    ]);
  });

  it('gives one row per event, in order, with an empty status for plain events', () => {
    const rows = csvRows(dataset.events, dataset);
    expect(rows.map((r) => r.id)).toEqual(dataset.events.map((e) => e.id));
    expect(rows[0]?.status).toBe('');
  });
});

describe('exportFileName', () => {
  it.each([
    [
      'Japan South Korea Dispute Tracker',
      '2020-10-27',
      'png',
      'japan-south-korea-dispute-tracker-2020-10-27.png',
    ],
    ['Kōno’s  statement_on trade!', '2019-07-19', 'csv', 'konos-statement-on-trade-2019-07-19.csv'],
    ['日韓紛争', '2023-03-06', 'svg', 'timeline-2023-03-06.svg'],
    ['   ', '2023-03-06', 'png', 'timeline-2023-03-06.png'],
    ['A'.repeat(100), '2023-03-06', 'png', `${'a'.repeat(60)}-2023-03-06.png`],
  ])('%j on %s as %s → %s', (title, asOf, ext, expected) => {
    expect(exportFileName(title, asOf, ext)).toBe(expected);
  });

  it('says which size an image is, so two sizes of one view never share a name', () => {
    expect(exportFileName('GSOMIA, 2018–2026', '2026-11-27', 'svg', 'social')).toBe(
      'gsomia-2018-2026-2026-11-27-social.svg',
    );
    expect(exportFileName('GSOMIA, 2018–2026', '2026-11-27', 'png', '1200')).toBe(
      'gsomia-2018-2026-2026-11-27-1200.png',
    );
  });

  it('only uses safe characters', () => {
    expect(exportFileName('a/b\\c:d*e?f"g<h>i|j–k', '2020-01-01', 'png')).toMatch(
      /^[a-z0-9-]+-2020-01-01\.png$/,
    );
  });
});

describe('permalink', () => {
  const state: ViewState = {
    ...defaultViewState,
    filters: { ...emptyFilters, issues: ['wto'] },
    asOf: '2020-10-27',
    eventId: 'summit-seoul',
    view: 'list',
  };

  it('drops embed, title and the open event, keeps data and the rest of the view', () => {
    const url = permalink(
      'https://tracker.example/app/',
      state,
      '?embed=1&title=My+chart&data=mine.json&event=summit-seoul',
    );
    expect(url).toBe(
      'https://tracker.example/app/?data=mine.json&issues=wto&asOf=2020-10-27&view=list',
    );
    const parsed = parseQuery(new URL(url).search);
    expect(parsed.state).toEqual({ ...state, eventId: null });
  });

  it('is the bare page for the default view', () => {
    expect(permalink('https://tracker.example/', defaultViewState, '?embed=1')).toBe(
      'https://tracker.example/',
    );
  });
});

describe('permalinkBase', () => {
  const page = { origin: 'http://localhost:4173', pathname: '/' };
  it.each<[string | undefined, string]>([
    [undefined, 'http://localhost:4173/'],
    ['', 'http://localhost:4173/'],
    ['https://example.org/tracker/', 'https://example.org/tracker/'],
    ['https://example.org/tracker/?x=1#top', 'https://example.org/tracker/'],
    ['https://example.org', 'https://example.org/'],
    ['javascript:alert(1)', 'http://localhost:4173/'],
    ['not a url', 'http://localhost:4173/'],
  ])('configured %s → %s', (configured, expected) => {
    expect(permalinkBase(page, configured)).toBe(expected);
  });

  it.each([
    ['/ja.html', 'http://localhost:4173/'],
    ['/tracker/ko.html', 'http://localhost:4173/tracker/'],
    ['/tracker/index.html', 'http://localhost:4173/tracker/'],
    ['/tracker/', 'http://localhost:4173/tracker/'],
    ['/tracker/notes.html', 'http://localhost:4173/tracker/notes.html'],
  ])('from the language page %s the link starts at its folder: %s', (pathname, expected) => {
    expect(permalinkBase({ origin: 'http://localhost:4173', pathname })).toBe(expected);
  });
});

describe('imageSubtitle and creditLine', () => {
  it('describes the filters, the count and the date in words', () => {
    expect(
      imageSubtitle({ ...emptyFilters, issues: ['wto'], query: 'seoul' }, '2020-10-27', dataset, 3),
    ).toBe('Issues: WTO dispute · Search: “seoul” · 3 events · as of 27 Oct 2020');
  });

  it('credits the data with its latest event, the day sources were checked, and its licence', () => {
    expect(creditLine(dataset)).toBe(
      'Test credit · Latest event 27 May 2024 · Sources checked 31 Dec 2024 · CC BY 4.0',
    );
  });
});

describe('widthPresets', () => {
  it('has unique ids and a fixed height only for the social card', () => {
    expect(new Set(widthPresets.map((p) => p.id)).size).toBe(widthPresets.length);
    expect(widthPresets.filter((p) => p.height !== undefined).map((p) => p.id)).toEqual(['social']);
  });
});

describe('in Japanese and Korean', () => {
  const ja = { exports: jaExports, core: jaCore };
  const ko = { exports: koExports, core: koCore };

  it('writes the subtitle with the count and a local date', () => {
    expect(imageSubtitle({ ...emptyFilters, issues: ['wto'] }, '2020-10-27', dataset, 3, ja)).toBe(
      '争点：WTO dispute・3件・2020年10月27日時点',
    );
    expect(imageSubtitle(emptyFilters, '2020-10-27', dataset, 3, ko)).toBe(
      '모든 사건 · 3건 · 2020년 10월 27일 기준',
    );
  });

  it('dates the credit line locally', () => {
    expect(creditLine(dataset, ko)).toBe(
      'Test credit · 최신 사건 2024년 5월 27일 · 출처 확인일 2024년 12월 31일 · CC BY 4.0',
    );
    expect(creditLine(dataset, ja)).toBe(
      'Test credit・最新の出来事 2024年5月27日・出典確認日 2024年12月31日・CC BY 4.0',
    );
  });

  it('names the CSV columns in words and the statuses in the page’s words; English keeps its column names', () => {
    const event = makeEvent({
      id: 'talks',
      status: [{ date: '2019-09-01', status: 'planned' }],
    });
    const table = csvTable([event], dataset, ja);
    expect(table.fields).toEqual(japaneseCsvHeaders);
    const row = table.data[0]!;
    expect(row[0]).toBe('talks');
    expect(row[csvColumns.indexOf('status')]).toBe('2019-09-01 予定');
    expect(csvTable([event], dataset, ko).data[0]![csvColumns.indexOf('status')]).toBe(
      '2019-09-01 예정',
    );
    const english = csvTable([event], dataset);
    expect(english.fields).toEqual([...csvColumns]);
    expect(english.data[0]![csvColumns.indexOf('status')]).toBe('2019-09-01 planned');
  });
});

describe('permalink and the page language', () => {
  const state: ViewState = { ...defaultViewState, filters: { ...emptyFilters, issues: ['wto'] } };

  it.each([
    ['ja', '', 'https://tracker.example/?lang=ja&issues=wto'],
    ['ko', '?lang=ja', 'https://tracker.example/?lang=ko&issues=wto'],
    ['en', '?lang=ja&data=mine.json', 'https://tracker.example/?data=mine.json&issues=wto'],
    ['en', '', 'https://tracker.example/?issues=wto'],
  ] as const)('in %s from %j → %s', (lang, current, expected) => {
    expect(permalink('https://tracker.example/', state, current, lang)).toBe(expected);
  });

  it('keeps an address’s lang when no language is given', () => {
    expect(permalink('https://tracker.example/', state, '?lang=ko')).toBe(
      'https://tracker.example/?lang=ko&issues=wto',
    );
  });
});
