/**
 * CSV for spreadsheet programs, the one way every download here writes it. Loaded on demand
 * with the file makers, so papaparse stays off the first paint.
 */
import Papa from 'papaparse';

/**
 * A text cell that starts like a formula (=, +, -, @, tab, carriage return: OWASP's list)
 * would run as one when the file is opened in Excel, LibreOffice or Google Sheets; a leading
 * apostrophe makes it text again. Papaparse's own default pattern ends in `.*$`, which does
 * not match across a line break, so `=HYPERLINK(…)` followed by a second line would slip
 * through it: this one looks at the first character only. Numbers are left alone (papaparse
 * escapes strings only), so a negative Goldstein weight stays a number.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** UTF-8 with a byte-order mark, so spreadsheet programs read Japanese and Korean text. */
export function spreadsheetCsv(table: Parameters<typeof Papa.unparse>[0]): string {
  return `\uFEFF${Papa.unparse(table, {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  })}`;
}
