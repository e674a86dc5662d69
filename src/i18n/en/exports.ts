/**
 * English messages of the exports namespace: the export bar, the image card (PNG, SVG and
 * the embed), the print list, the CSV header row and the embed dialog. The reference;
 * ja/exports.ts and ko/exports.ts mirror it.
 */
import type { FilterWords } from '../../derive/filter';
import type { EventStatus } from '../../model/schema';

/** The filters in words, drawn under an image's title and over the print list. */
const filters: FilterWords = {
  all: 'All events',
  issues: (names) => `Issues: ${names.join(', ')}`,
  actors: (names) => `Actors: ${names.join(', ')}`,
  kinds: (kinds) => `Kinds: ${kinds.join(', ')}`,
  dates: (from, to) => `Dates: ${from ?? 'start'} to ${to ?? 'latest'}`,
  search: (query) => `Search: “${query}”`,
  separator: ' · ',
};

export const exports = {
  filters,
  bar: {
    heading: 'Export and share',
    imageTitle: 'Image title',
    size: 'Size',
    /** the size presets, by id */
    presets: {
      '600': 'Article, 600 px',
      '800': 'Article, 800 px',
      '1200': 'Wide, 1200 px',
      social: 'Social card, 1200 × 675',
    } as Record<string, string>,
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    downloadCsv: 'Download CSV',
    downloadJson: 'Download JSON',
    fullDataset: 'Full dataset (JSON)',
    copyEmbed: 'Copy embed code',
    print: 'Print',
    /** format: 'PNG' or 'SVG' */
    preparing: (format: string) => `Preparing the ${format}…`,
    downloaded: (fileName: string) => `Downloaded ${fileName}.`,
    imageFailed: (reason: string) => `The image could not be made: ${reason}`,
  },
  card: {
    /** under the title: the filters, the number of events (core.format.events) and the date */
    subtitle: (filters: string, events: string, date: string) =>
      `${filters} · ${events} · as of ${date}`,
    legend: 'Legend',
    planned: 'planned',
    /** markers drawn pale: events after the cursor date */
    later: (date: string) => `pale: after ${date}`,
    grouped: 'events close together (+N more)',
    sourcesNote: 'Every event cites its sources at the permalink.',
    latestEvent: (date: string) => `Latest event ${date}`,
    sourcesChecked: (date: string) => `Sources checked ${date}`,
    /** between the parts of the credit line */
    separator: ' · ',
  },
  /**
   * The CSV header row, by column. English keeps the machine-friendly names (scripts read
   * them); other languages name the columns in words.
   */
  csv: {
    headers: {
      id: 'id',
      date: 'date',
      date_precision: 'date_precision',
      title: 'title',
      summary: 'summary',
      issues: 'issues',
      actors: 'actors',
      kind: 'kind',
      cameo: 'cameo',
      goldstein: 'goldstein',
      status: 'status',
      sources: 'sources',
      source_urls: 'source_urls',
    },
    /** a status in the status column: English keeps the data's word ('planned') */
    status: (status: EventStatus): string => status,
  },
  print: {
    heading: (title: string, filters: string) => `${title}: ${filters}`,
    sources: 'Sources:',
  },
  embed: {
    heading: 'Embed this timeline',
    codeLabel: 'Embed code (an iframe that sizes itself)',
    copyCode: 'Copy embed code to clipboard',
    linkLabel: 'Link to this view',
    copyLink: 'Copy link',
    codeCopied: 'Embed code copied.',
    linkCopied: 'Link copied.',
    copyBlocked: 'Copying was blocked: select the text and copy it by hand.',
    preview: 'Preview:',
    previewLink: 'the embedded view',
    close: 'Close',
    openFull: 'Open the full view with sources ↗',
  },
};
