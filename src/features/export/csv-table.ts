// The CSV download of the events: one flat row per event, in the page's language.
import type { Dataset, DisputeEvent } from '../../model/schema';
import { englishWords, type ExportWords } from '../common/card-text';
import { namesOf } from '../../derive/names';

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
  const { issues: issueNames, actors: actorNames } = namesOf(dataset);
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
