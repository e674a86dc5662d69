/**
 * The exports in Japanese and Korean: the export bar's controls, the CSV's header row, the
 * print list's dates, the embed code's language, and the image card's words and dates.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventsAsOf } from '../../src/derive/event-status';
import { ExportBar } from '../../src/features/export/ExportBar';
import { PrintList } from '../../src/features/export/PrintList';
import { TimelineCard } from '../../src/features/embed/TimelineCard';
import { cardSvg } from '../../src/features/export/card-svg';
import { widthPresets } from '../../src/features/export/image-sizes';
import { imageCardInput } from '../../src/features/export/image-card';
import { emptyFilters } from '../../src/derive/filter';
import { catalogue as koCatalogue } from '../../src/i18n/ko/index';
import { useTracker } from '../../src/store/tracker-store';
import { languageSetup, renderIn, renderWithData, resetStore } from './render';
import { japaneseCsvHeaders } from '../fixtures/csv-headers';
import { catchDownloads } from './downloads';

beforeEach(resetStore);
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the export bar in Japanese and Korean', () => {
  it.each([
    [
      'ja',
      '書き出しと共有',
      ['PNGをダウンロード', 'SVGをダウンロード', 'CSVをダウンロード', 'JSONをダウンロード'],
      '埋め込みコードをコピー',
      '印刷',
      'SNS用カード（1200×675）',
    ],
    [
      'ko',
      '내보내기 및 공유',
      ['PNG 다운로드', 'SVG 다운로드', 'CSV 다운로드', 'JSON 다운로드'],
      '임베드 코드 복사',
      '인쇄',
      'SNS 카드, 1200×675',
    ],
  ] as const)(
    'names its group and buttons in %s',
    async (lang, heading, downloads, embed, print, social) => {
      await renderIn(lang, <ExportBar />);
      const group = screen.getByRole('group', { name: heading });
      for (const name of downloads)
        expect(within(group).getByRole('button', { name })).toBeInTheDocument();
      expect(within(group).getByRole('button', { name: embed })).toBeInTheDocument();
      expect(within(group).getByRole('button', { name: print })).toBeInTheDocument();
      expect(within(group).queryByRole('button', { name: /Download/ })).toBeNull();
      const size = within(group).getByRole('combobox', {
        name: lang === 'ja' ? 'サイズ' : '크기',
      });
      expect(within(size).getByRole('option', { name: social })).toBeInTheDocument();
      expect(within(size).getAllByRole('option')).toHaveLength(widthPresets.length);
    },
  );

  it('downloads a CSV whose header row is Japanese, with the Japanese texts, and says so in Japanese', async () => {
    const user = userEvent.setup();
    const { blobs, names } = catchDownloads();
    act(() => useTracker.getState().showOnlyIssue('export-controls'));
    await renderIn('ja', <ExportBar />);
    await user.click(screen.getByRole('button', { name: 'CSVをダウンロード' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    // a byte-order mark, so that spreadsheet programs read the Japanese as UTF-8
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(japaneseCsvHeaders);
    const { dataset: ja } = await languageSetup('ja');
    const first = ja.events.find((e) => e.id === rows[0]![0])!;
    expect(rows[0]![3]).toBe(first.title);
    expect(rows[0]![3]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(header).toContain('争点');
    expect(names[0]).toMatch(/\.csv$/);
    expect(screen.getByRole('status')).toHaveTextContent(`${names[0]}をダウンロードしました。`);
  });

  it('downloads JSON with English keys and a lang field', async () => {
    const user = userEvent.setup();
    const { blobs } = catchDownloads();
    await renderIn('ko', <ExportBar />);
    await user.click(screen.getByRole('button', { name: 'JSON 다운로드' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.lang).toBe('ko');
    expect(Object.keys(json)).toEqual(['lang', 'meta', 'view', 'events']);
    expect(new URL(json.view.permalink).searchParams.get('lang')).toBe('ko');
    expect(json.view.filters).toContain('모든 사건');
  });

  it('gives embed code that carries lang=ja, in a dialog named in Japanese', async () => {
    const user = userEvent.setup();
    act(() => useTracker.getState().showOnlyIssue('wto'));
    await renderIn('ja', <ExportBar />);
    await user.click(screen.getByRole('button', { name: '埋め込みコードをコピー' }));
    const dialog = await screen.findByRole('dialog', { name: 'このタイムラインを埋め込む' });
    const code = within(dialog).getByLabelText(/埋め込みコード/) as HTMLTextAreaElement;
    const src = new DOMParser()
      .parseFromString(code.value, 'text/html')
      .querySelector('iframe')!
      .getAttribute('src')!;
    expect(new URL(src).searchParams.get('lang')).toBe('ja');
    expect(new URL(src).searchParams.get('issues')).toBe('wto');
    const link = within(dialog).getByLabelText('この表示へのリンク') as HTMLInputElement;
    expect(new URL(link.value).searchParams.get('lang')).toBe('ja');
    expect(within(dialog).getByRole('button', { name: 'リンクをコピー' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '閉じる' })).toBeInTheDocument();
  });

  it('keeps English embed code free of lang', async () => {
    const user = userEvent.setup();
    renderWithData(<ExportBar />);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this timeline' });
    expect((within(dialog).getByLabelText(/Embed code/) as HTMLTextAreaElement).value).not.toMatch(
      /lang=/,
    );
  });
});

describe('the print list in Japanese and Korean', () => {
  it.each([
    ['ja', '2019年7月1日', '争点：', '出典：'],
    ['ko', '2019년 7월 1일', '쟁점: ', '출처:'],
  ] as const)('dates events locally in %s', async (lang, date, issues, sources) => {
    act(() => useTracker.getState().showOnlyIssue('export-controls'));
    const { container } = await renderIn(lang, <PrintList />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const list = container.querySelector('.print-list')!;
    expect(list).not.toBeNull();
    expect(list.querySelector('h2')).toHaveTextContent(issues);
    const dates = [...list.querySelectorAll('li strong')].map((s) => s.textContent);
    expect(dates).toContain(date);
    expect(dates.join(' ')).not.toMatch(/July|Jul /);
    expect(list.querySelector('.print-sources')).toHaveTextContent(sources);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});

describe('the image card in Korean', () => {
  it('writes the legend, the credit line’s dates and the sources note in Korean, and says lang="ko"', async () => {
    const { state, dataset: ko } = await languageSetup('ko');
    const asOf = '2020-10-27';
    act(() => useTracker.getState().setAsOf(asOf));
    renderWithData(
      <TimelineCard
        title="한일 갈등 타임라인"
        subtitle="모든 사건"
        permalink="https://tracker.example/?lang=ko"
        items={eventsAsOf(ko.events, asOf, 'dim')}
      />,
      ko,
      state,
    );
    const card = screen.getByTestId('timeline-card');
    expect(card).toHaveAttribute('lang', 'ko');
    expect(card.querySelector('.card-title')).toHaveTextContent('한일 갈등 타임라인');
    const credit = card.querySelector('.card-credit')!;
    expect(credit).toHaveTextContent('최신 사건 2026년 3월 12일');
    expect(credit).toHaveTextContent('출처 확인일 2026년 12월 2일');
    expect(credit).not.toHaveTextContent(/Latest event|Sources checked/);
    const legend = within(card).getByRole('list', { name: '범례' });
    expect(legend).toHaveTextContent('흐린 표시: 2020년 10월 27일 이후');
    expect(legend).toHaveTextContent('예정');
    expect(card.querySelector('.card-sources')).toHaveTextContent('고유 링크');
  });

  it('the SVG image writes its words in Korean, names Noto Sans CJK KR first and says xml:lang="ko"', async () => {
    const { dataset: ko } = await languageSetup('ko');
    const asOf = '2020-10-27';
    const filters = { ...emptyFilters, issues: ['export-controls'] };
    const items = eventsAsOf(
      ko.events.filter((e) => e.issues.includes('export-controls')),
      asOf,
      'dim',
    );
    const svg = cardSvg(
      imageCardInput({
        dataset: ko,
        items,
        filters,
        asOf,
        lang: 'ko',
        permalink: 'https://tracker.example/?lang=ko&issues=export-controls',
        choices: { preset: widthPresets[0]!, headline: null, standfirst: '', lanes: 'filtered' },
        words: koCatalogue,
      }),
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('xml:lang')).toBe('ko');
    expect(root.getAttribute('font-family')).toMatch(/^'Noto Sans CJK KR'/);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    // the default headline: the issue's Korean name and the span of years
    expect(texts).toContain('수출규제, 2019~2020년');
    expect(texts).toContain('출처 확인일 2026년 12월 2일');
    expect(texts).toContain('2020년 10월 27일');
    expect(texts).not.toMatch(/Sources checked|Latest event/);
  });
});
