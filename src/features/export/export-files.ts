/**
 * File makers, loaded on demand so that papaparse and modern-screenshot stay off the first paint.
 */
import Papa from 'papaparse';
import { domToForeignObjectSvg, domToPng } from 'modern-screenshot';
import type { Dataset, DisputeEvent } from '../../model/schema';
import { csvRows } from './export-utils';

/** UTF-8 with a byte-order mark, so spreadsheet programs read Japanese and Korean text. */
export function eventsCsv(events: readonly DisputeEvent[], dataset: Dataset): string {
  return `\uFEFF${Papa.unparse(csvRows(events, dataset), { newline: '\r\n' })}`;
}

export function eventsJson(
  events: readonly DisputeEvent[],
  dataset: Dataset,
  view: { permalink: string; filters: string },
): string {
  return JSON.stringify({ meta: dataset.meta, view, events }, null, 2);
}

export async function nodeToPng(node: HTMLElement): Promise<string> {
  await document.fonts?.ready;
  return domToPng(node, { scale: 2, backgroundColor: getComputedStyle(node).backgroundColor });
}

/** A vector SVG whose text stays text (searchable, and the credit line survives cropping tools). */
export async function nodeToSvg(node: HTMLElement): Promise<string> {
  await document.fonts?.ready;
  const svg = await domToForeignObjectSvg(node, {
    backgroundColor: getComputedStyle(node).backgroundColor,
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
