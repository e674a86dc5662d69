/**
 * File makers, loaded on demand so that papaparse and the image drawing stay off the first
 * paint.
 */
import type { Lang } from '../../i18n/lang';
import type { Dataset, DisputeEvent } from '../../model/schema';
import { englishWords, type ExportWords } from '../common/card-text';
import { spreadsheetCsv } from '../common/spreadsheet-csv';
import { csvTable } from './csv-table';

export { cardSvg } from './card-svg';
export { imageCardInput } from './image-card';

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
 * language the texts are in (the dataset's texts are already the page's); `view.asOf` is the
 * cursor's date (null: the latest), on which the events are told as they were known.
 */
export function eventsJson(
  events: readonly DisputeEvent[],
  dataset: Dataset,
  view: { permalink: string; filters: string; asOf: string | null },
  lang: Lang = 'en',
): string {
  return JSON.stringify({ lang, meta: dataset.meta, view, events }, null, 2);
}

/**
 * The PNG: the SVG drawing rasterised at `scale` (2× for sharp screens), through an image
 * of the SVG drawn on a canvas, so that the two files never differ. The drawing names
 * system fonts only, so nothing is fetched.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  await document.fonts?.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The drawn size of an SVG card (its root's width and height). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(` ${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
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
