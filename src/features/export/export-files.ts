/**
 * File makers, loaded on demand so that papaparse and modern-screenshot stay off the first paint.
 */
import { domToForeignObjectSvg, domToPng } from 'modern-screenshot';
import type { Lang } from '../../i18n/lang';
import type { Dataset, DisputeEvent } from '../../model/schema';
import { spreadsheetCsv } from '../common/spreadsheet-csv';
import { csvTable, englishWords, type ExportWords } from './export-utils';

/**
 * UTF-8 with a byte-order mark, formulas made text (see spreadsheetCsv). The first row names
 * the columns in the page's language (see csvTable).
 */
export function eventsCsv(
  events: readonly DisputeEvent[],
  dataset: Dataset,
  words: ExportWords = englishWords,
): string {
  return spreadsheetCsv(csvTable(events, dataset, words));
}

/**
 * The events in view as JSON. Keys stay English (it is read by programs); `lang` says which
 * language the texts are in (the dataset's texts are already the page's).
 */
export function eventsJson(
  events: readonly DisputeEvent[],
  dataset: Dataset,
  view: { permalink: string; filters: string },
  lang: Lang = 'en',
): string {
  return JSON.stringify({ lang, meta: dataset.meta, view, events }, null, 2);
}

/**
 * The images use the fonts this computer has (the CSS stacks name Japanese and Korean system
 * fonts): `font: false` stops modern-screenshot from fetching and embedding any web font, so
 * making an image never downloads a font from another origin.
 */
export const captureFonts = { font: false } as const;

export async function nodeToPng(node: HTMLElement): Promise<string> {
  await document.fonts?.ready;
  return domToPng(node, {
    scale: 2,
    backgroundColor: getComputedStyle(node).backgroundColor,
    ...captureFonts,
  });
}

/** A vector SVG whose text stays text (searchable, and the credit line survives cropping tools). */
export async function nodeToSvg(node: HTMLElement): Promise<string> {
  await document.fonts?.ready;
  const svg = await domToForeignObjectSvg(node, {
    backgroundColor: getComputedStyle(node).backgroundColor,
    ...captureFonts,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

export function download(content: string | Blob, filename: string, type: string) {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  saveUrl(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveUrl(url: string, filename: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
