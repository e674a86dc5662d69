import type { Dataset, DisputeEvent } from '../../model/schema';
import { describeFilters, type Filters } from '../../derive/filter';
import { latestEventDate } from '../../derive/event-status';
import { feedBase } from '../../derive/feed';
import { serializeQuery, type ViewState } from '../../derive/url-state';
import type { Catalogue } from '../../i18n/catalogue';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import type { Lang } from '../../i18n/lang';

/** The messages exports write with: this namespace's and the shared formats (dates, counts). */
export interface ExportWords {
  exports: Catalogue['exports'];
  core: Catalogue['core'];
}

export const englishWords: ExportWords = { exports: enExports, core: enCore };

export interface WidthPreset {
  id: string;
  label: string;
  width: number;
  /** fixed height for social cards; undefined = as tall as the content */
  height?: number;
}

/** The English labels; the export bar shows `exports.bar.presets[id]` in the page's language. */
export const widthPresets: WidthPreset[] = [
  { id: '600', label: 'Article, 600 px', width: 600 },
  { id: '800', label: 'Article, 800 px', width: 800 },
  { id: '1200', label: 'Wide, 1200 px', width: 1200 },
  { id: 'social', label: 'Social card, 1200 × 675', width: 1200, height: 675 },
];

/**
 * The address permalinks start from: the site's public address when one is configured
 * (a build-time VITE_PUBLIC_URL, or `npm run snapshot -- --permalink-base`), so that an
 * image made on a laptop never shows a local address; otherwise the page's own.
 */
export function permalinkBase(
  page: { origin: string; pathname: string },
  configured?: string | null,
): string {
  // an unusable setting falls back to the page's folder: the language pages (index.html,
  // ja.html, ko.html) share it, and the link's `lang` says which one opens
  return (
    feedBase(configured) ??
    `${page.origin}${page.pathname.replace(/(?:^|\/)(?:index|ja|ko)\.html$/, '/')}`
  );
}

/**
 * The permalink of a view: the full page (never the embed) with the same state. Given the
 * page's language, a Japanese or Korean view's link says `lang=ja` / `lang=ko` (so it opens
 * in that language wherever the public address points) and an English one carries no `lang`;
 * without it, a `lang` already in the address is kept as it is.
 */
export function permalink(base: string, state: ViewState, current: string, lang?: Lang): string {
  const params = new URLSearchParams(current);
  params.delete('embed');
  params.delete('title');
  if (lang === 'en') params.delete('lang');
  else if (lang) params.set('lang', lang);
  return `${base}${serializeQuery({ ...state, eventId: null }, params.toString())}`;
}

/** The subtitle drawn into images: filters and date range in words. */
export function imageSubtitle(
  filters: Filters,
  asOf: string,
  dataset: Dataset,
  count: number,
  words: ExportWords = englishWords,
): string {
  return words.exports.card.subtitle(
    filtersInWords(filters, dataset, words),
    words.core.format.events(count),
    words.core.format.shortDate(asOf),
  );
}

/** The filters in words, with issue and actor names as the dataset (in the page's language) gives them. */
export function filtersInWords(
  filters: Filters,
  dataset: Dataset,
  words: ExportWords = englishWords,
): string {
  const names = {
    issues: new Map(dataset.issues.map((i) => [i.id, i.name])),
    actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
  };
  return describeFilters(filters, names, words.exports.filters);
}

/** The credit drawn into images: the latest event and the day sources were checked, apart. */
export function creditLine(dataset: Dataset, words: ExportWords = englishWords): string {
  const latest = latestEventDate(dataset.events);
  const checked = dataset.meta.sourcesCheckedOn ?? dataset.meta.lastUpdated;
  const { card } = words.exports;
  const date = words.core.format.shortDate;
  return [
    dataset.meta.credit,
    latest ? card.latestEvent(date(latest)) : null,
    card.sourcesChecked(date(checked)),
    dataset.meta.licence,
  ]
    .filter(Boolean)
    .join(card.separator);
}

/** A file name from the title and date: ascii, lower case, no spaces. */
export function exportFileName(title: string, asOf: string, ext: string): string {
  const slug = title
    .replace(/[\u2010-\u2015]/g, '-')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return `${slug || 'timeline'}-${asOf}.${ext}`;
}

export interface CsvRow {
  id: string;
  date: string;
  date_precision: string;
  title: string;
  summary: string;
  issues: string;
  actors: string;
  kind: string;
  cameo: string;
  goldstein: number;
  status: string;
  sources: string;
  source_urls: string;
}

/** The CSV's columns, in order. */
export const csvColumns = [
  'id',
  'date',
  'date_precision',
  'title',
  'summary',
  'issues',
  'actors',
  'kind',
  'cameo',
  'goldstein',
  'status',
  'sources',
  'source_urls',
] as const satisfies readonly (keyof CsvRow)[];

/**
 * One flat row per event; lists joined with "; ", sources one per line. `statusWord` names
 * a status in the status column (the data's own word, 'planned', when not given).
 */
export function csvRows(
  events: readonly DisputeEvent[],
  dataset: Dataset,
  statusWord: (status: DisputeEvent['status'][number]['status']) => string = (s) => s,
): CsvRow[] {
  const issueNames = new Map(dataset.issues.map((i) => [i.id, i.name]));
  const actorNames = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    date_precision: e.datePrecision,
    title: e.title,
    summary: e.summary,
    issues: e.issues.map((i) => issueNames.get(i) ?? i).join('; '),
    actors: e.actors.map((a) => actorNames.get(a) ?? a).join('; '),
    kind: e.kind,
    cameo: e.cameo,
    goldstein: e.goldstein,
    status: e.status.map((s) => `${s.date} ${statusWord(s.status)}`).join('; '),
    sources: e.sources.map((s) => `${s.publisher}: ${s.title} (${s.published})`).join('\n'),
    source_urls: e.sources.map((s) => s.url).join('\n'),
  }));
}

/**
 * The CSV as a header row and rows, in the page's language: the header names each column
 * in words (English keeps its machine-friendly names), the texts are the dataset's (already
 * translated), dates stay ISO so that spreadsheets sort them, statuses are the page's words.
 */
export function csvTable(
  events: readonly DisputeEvent[],
  dataset: Dataset,
  words: ExportWords = englishWords,
): { fields: string[]; data: (string | number)[][] } {
  const { csv } = words.exports;
  const rows = csvRows(events, dataset, csv.status);
  return {
    fields: csvColumns.map((c) => csv.headers[c]),
    data: rows.map((r) => csvColumns.map((c) => r[c])),
  };
}
