/** The indicators' CSV, loaded on first use so papaparse stays off the first paint. */
import Papa from 'papaparse';
import type { Indicators } from '../../model/indicators-schema';
import { indicatorCsvRows } from './indicators-utils';

/** UTF-8 with a byte-order mark, so spreadsheet programs read Japanese and Korean text. */
export function indicatorsCsv(indicators: Indicators): string {
  return `\uFEFF${Papa.unparse(indicatorCsvRows(indicators), { newline: '\r\n' })}`;
}
