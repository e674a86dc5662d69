/** The indicators' CSV, loaded on first use so papaparse stays off the first paint. */
import type { Indicators } from '../../model/indicators-schema';
import { spreadsheetCsv } from '../common/spreadsheet-csv';
import { indicatorCsvRows } from './indicator-csv';

/** UTF-8 with a byte-order mark, formulas made text (see spreadsheetCsv). */
export function indicatorsCsv(indicators: Indicators): string {
  return spreadsheetCsv(indicatorCsvRows(indicators));
}
