import type { Dataset, DisputeEvent } from '../../model/schema';
import { describeFilters, type Filters } from '../../derive/filter';
import { formatShortDate } from '../../derive/dates';
import { latestEventDate } from '../../derive/event-status';
import { feedBase } from '../../derive/feed';
import { serializeQuery, type ViewState } from '../../derive/url-state';

export interface WidthPreset {
  id: string;
  label: string;
  width: number;
  /** fixed height for social cards; undefined = as tall as the content */
  height?: number;
}

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
  // an unusable setting falls back to the page's address
  return feedBase(configured) ?? `${page.origin}${page.pathname}`;
}

/** The permalink of a view: the full page (never the embed) with the same state. */
export function permalink(base: string, state: ViewState, current: string): string {
  const params = new URLSearchParams(current);
  params.delete('embed');
  params.delete('title');
  return `${base}${serializeQuery({ ...state, event: null }, params.toString())}`;
}

/** The subtitle drawn into images: filters and date range in words. */
export function imageSubtitle(
  filters: Filters,
  asOf: string,
  dataset: Dataset,
  count: number,
): string {
  const names = {
    issues: new Map(dataset.issues.map((i) => [i.id, i.name])),
    actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
  };
  return `${describeFilters(filters, names)} · ${count} events · as of ${formatShortDate(asOf)}`;
}

/** The credit drawn into images: the latest event and the day sources were checked, apart. */
export function creditLine(dataset: Dataset): string {
  const latest = latestEventDate(dataset.events);
  const checked = dataset.meta.sourcesCheckedOn ?? dataset.meta.lastUpdated;
  return [
    dataset.meta.credit,
    latest ? `Latest event ${formatShortDate(latest)}` : null,
    `Sources checked ${formatShortDate(checked)}`,
    dataset.meta.licence,
  ]
    .filter(Boolean)
    .join(' · ');
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

/** One flat row per event; lists joined with "; ", sources one per line. */
export function csvRows(events: readonly DisputeEvent[], dataset: Dataset): CsvRow[] {
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
    status: e.status.map((s) => `${s.date} ${s.status}`).join('; '),
    sources: e.sources.map((s) => `${s.publisher}: ${s.title} (${s.published})`).join('\n'),
    source_urls: e.sources.map((s) => s.url).join('\n'),
  }));
}
