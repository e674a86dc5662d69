/**
 * What every part of the bench shares: paths, budgets, the report's rows and the raw
 * numbers written to bench-results/*.json, and small number helpers.
 */
import { join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from '../chromium';

export const root = resolve(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist');
export const outDir = join(root, 'bench-results');
export const chromePath = chromiumPath;
/**
 * Every browser the bench starts resolves no host but localhost, so neither page can reach
 * another site; requests that try are reported (see blocked requests in the report).
 */
export const offline = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost';
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  offline,
  ...chromiumArgs,
];
/** What the page shows once the timeline is drawn: a lane marker or a list row. */
export const TIMELINE_SELECTOR = '.lanes .marker, .event-list .list-event';
export const STRESS_SEED = 1;
export const VIEWPORT = { width: 1280, height: 900 };

export const BUDGET = {
  firstPaintJsBytes: 90 * 1024,
  /** ja.html and ko.html: the English page's budget plus their catalogue chunk (≤ 8 KiB) */
  firstPaintJsBytesTranslated: 98 * 1024,
  performance: 0.99,
  lcpMs: 1000,
  tbtMs: 50,
  cls: 0,
  accessibility: 1,
  bestPractices: 1,
  deriveTotalMs: 16,
  interactionBundledMs: 50,
  interaction100kMs: 200,
  firstPaint100kMs: 4000,
  startupTaskMs: 50,
};

export type Status = 'PASS' | 'FAIL' | '—' | 'ERROR';
export interface Row {
  section: string;
  figure: string;
  value: string;
  /** the same figure for the reference page (TimelineJS), or '—' */
  reference: string;
  /** value ÷ reference, or '—' */
  ratio: string;
  budget: string;
  status: Status;
}

export const rows: Row[] = [];
export const errors: { section: string; message: string }[] = [];
/** Everything measured, as numbers: written to bench-results/<name>.json. */
export const raw: Record<string, unknown> = {};

export interface RowOptions {
  budget?: string;
  pass?: boolean;
  reference?: string;
  ratio?: number | null;
}

export function row(section: string, figure: string, value: string, options: RowOptions = {}) {
  const { budget = '—', pass, reference = '—', ratio } = options;
  rows.push({
    section,
    figure,
    value,
    reference,
    ratio: ratio === undefined || ratio === null || !Number.isFinite(ratio) ? '—' : times(ratio),
    budget,
    status: pass === undefined ? '—' : pass ? 'PASS' : 'FAIL',
  });
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number) =>
  value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
export const times = (ratio: number) => `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}×`;
export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
export const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const sleep = (millis: number) => new Promise((r) => setTimeout(r, millis));
export const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
