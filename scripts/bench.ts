/**
 * npm run bench — a performance report, not a test: it prints figures against budgets and
 * writes bench-results/latest.json (raw numbers) and bench-results/latest.md (a table ready
 * for the README). Budgets are reported PASS/FAIL; the exit code is 0 whatever they say
 * (it is 1 only when a measurement itself could not be made).
 *
 *  a. `npm run build`, then gzip sizes (zlib level 9) of what the first paint needs and of
 *     all JS + CSS in dist/assets;
 *  b. Lighthouse 12, default (mobile) config, 3 runs against `vite preview`, medians;
 *  c. derive timings on 1k / 10k / 100k generated events (median of 7 after 2 warm-ups);
 *  d. navigation → first timeline paint in Chromium (Playwright), median of 5, for the
 *     bundled data and for 100k events loaded with ?data=.
 *
 * "First-paint JS" is the module entry and every modulepreload that dist/index.html names,
 * as tags or inside an inline loader script, plus anything they import statically.
 *
 * Needs no network beyond localhost. The preview server and browsers it starts are stopped
 * on the way out, also on failure or Ctrl-C. `npm run bench -- --only c` (any of a,b,c,d)
 * runs some parts only and writes bench-results/partial.* instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LhResult } from 'lighthouse';
import type { Dataset, DisputeEvent } from '../src/model/schema';
import { eventsAsOf } from '../src/derive/event-status';
import { emptyFilters, filterEvents, type Filters } from '../src/derive/filter';
import { issueRows, summitPanels } from '../src/derive/panels';
import { activityCounts, datasetBarometer } from '../src/derive/activity';
import { generateDataset } from './gen-stress';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const outDir = join(root, 'bench-results');
const chromePath = chromiumPath;
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromiumArgs];
const STRESS_FILE = 'stress-100k.json';
const STRESS_SEED = 1;
const TIMELINE_SELECTOR = '.lanes .marker, .event-list .list-event';

// ---------------------------------------------------------------------------------------
// Budgets and report rows

const BUDGET = {
  firstPaintJsBytes: 90 * 1024,
  performance: 0.99,
  lcpMs: 1000,
  tbtMs: 50,
  cls: 0,
  accessibility: 1,
  bestPractices: 1,
  deriveTotalMs: 16,
};

type Status = 'PASS' | 'FAIL' | '—' | 'ERROR';
interface Row {
  section: string;
  figure: string;
  value: string;
  budget: string;
  status: Status;
}
const rows: Row[] = [];
const errors: { section: string; message: string }[] = [];

function row(section: string, figure: string, value: string, budget = '—', pass?: boolean) {
  rows.push({
    section,
    figure,
    value,
    budget,
    status: pass === undefined ? '—' : pass ? 'PASS' : 'FAIL',
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------
// Cleanup: everything started is registered here and stopped on the way out

const cleanups = new Map<string, () => Promise<void> | void>();
async function cleanupAll() {
  for (const [name, fn] of [...cleanups.entries()].reverse()) {
    cleanups.delete(name);
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup of ${name} failed: ${String(error)}`);
    }
  }
}
let interrupted = false;
/** Nothing new is started once the bench has been interrupted. */
function stopIfInterrupted() {
  if (interrupted) throw new Error('interrupted');
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the preview server and browsers…`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------
// Processes

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    cleanups.set(`${command} ${args.join(' ')}`, () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      cleanups.delete(`${command} ${args.join(' ')}`);
      if (code === 0) resolvePromise();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

const sleep = (millis: number) => new Promise((r) => setTimeout(r, millis));

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise(true);
    });
  });
}

/** Starts `npx vite preview` of dist on a free port in its own process group. */
async function startPreview(): Promise<{ url: string; stop: () => Promise<void> }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
      cwd: root,
      detached: true, // own process group: npx and the vite under it are stopped together
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const pid = child.pid;
    const killGroup = (signal: NodeJS.Signals) => {
      if (pid === undefined) return;
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    const lastResort = () => killGroup('SIGKILL');
    process.on('exit', lastResort);
    let stopping = false;
    let ready = false;
    child.once('exit', (code, signal) => {
      if (stopping || !ready) return;
      const message = `the preview server stopped by itself (${signal ?? `exit ${code}`}) during the bench: ${output.trim().split('\n').slice(-3).join(' / ')}`;
      console.error(message);
      errors.push({ section: 'preview', message });
    });
    const stop = async () => {
      stopping = true;
      killGroup('SIGTERM');
      if (!(await exited(child, 5000))) killGroup('SIGKILL');
      process.off('exit', lastResort);
      cleanups.delete('preview server');
    };
    cleanups.set('preview server', stop);
    const url = `http://localhost:${port}/`;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) break;
      try {
        const response = await fetch(url);
        if (response.ok) {
          await response.arrayBuffer();
          ready = true;
          return { url, stop };
        }
      } catch {
        // not up yet
      }
      await sleep(200);
    }
    await stop();
    lastError = new Error(`vite preview did not answer on port ${port}:\n${output.trim()}`);
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------
// a. Build and sizes

const gzipSize = (buffer: Buffer) =>
  gzipSync(buffer, { level: zlibConstants.Z_BEST_COMPRESSION }).length;

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(relativePath: string): FileSize {
  const buffer = readFileSync(join(dist, relativePath));
  return { file: relativePath, bytes: buffer.length, gzip: gzipSize(buffer) };
}

/** `files` (dist-relative) and every module they import statically, transitively. */
function staticImportClosure(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`
    const re = /\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'](\.\.?\/[^"']+\.js)["']/g;
    for (const m of code.matchAll(re)) {
      const target = join(dirname(file), m[1]!).replace(/\\/g, '/');
      if (existsSync(join(dist, target))) queue.push(target);
    }
  }
  return [...seen];
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** dist-relative path of a URL written in dist/index.html, or null when it is not local. */
function localPath(href: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(href)) return null;
  return href.replace(/^\.?\//, '').split(/[?#]/)[0] ?? null;
}

async function buildAndSizes(raw: Record<string, unknown>) {
  const started = performance.now();
  await run('npm', ['run', 'build']);
  raw.buildSeconds = round((performance.now() - started) / 1000, 1);

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  const entry: string[] = [];
  const preloads: string[] = [];
  const stylesheets: string[] = [];
  for (const tag of tags) {
    const isScript = /^<script/i.test(tag);
    if (isScript) {
      const src = attribute(tag, 'src');
      if (src && attribute(tag, 'type') === 'module') entry.push(src);
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) preloads.push(href);
    else if (rel.includes('stylesheet')) stylesheets.push(href);
  }
  // A build may also leave the tags out and have a small inline script add them (e.g. after
  // the first frame): then the scripts it names are what the page loads at start.
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => attribute(`<script${m[1]}>`, 'src') === null)
    .map((m) => m[2]!);
  const injected = [
    ...new Set(
      inlineScripts.flatMap((code) =>
        [...code.matchAll(/["'`]((?:\.\/|\/)?assets\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!),
      ),
    ),
  ];
  const discoveredBy = entry.length > 0 ? 'script and modulepreload tags' : 'inline loader script';
  const roots = [...entry, ...preloads, ...(entry.length ? [] : injected)];
  if (roots.length === 0)
    throw new Error('dist/index.html loads no module script (no <script type="module" src>)');
  const toPath = (href: string) => {
    const path = localPath(href);
    if (!path) throw new Error(`${href} in dist/index.html is not a local file`);
    return path;
  };
  // plus anything those import statically that the HTML forgot to preload
  const initial = staticImportClosure(roots.map(toPath));
  const listed = new Set(roots.map(toPath));
  const unlisted = initial.filter((path) => !listed.has(path));
  const firstPaintJs = initial.map(sizeOf);
  const firstPaintCss = stylesheets.map((href) => sizeOf(toPath(href)));
  const indexHtml = sizeOf('index.html');
  const assets = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((f) => sizeOf(`assets/${f}`));
  const sum = (files: FileSize[], key: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
  const jsGzip = sum(firstPaintJs, 'gzip');
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const inlineCss = Buffer.from(inlineStyles.join(''));
  const dataset = existsSync(join(dist, 'data', 'dataset.json'))
    ? sizeOf('data/dataset.json')
    : null;

  raw.sizes = {
    gzipLevel: 9,
    initialJsFoundBy: discoveredBy,
    initialJsRoots: roots,
    staticImportsNotInHtml: unlisted,
    firstPaintJs,
    firstPaintJsGzip: jsGzip,
    firstPaintJsBytes: sum(firstPaintJs, 'bytes'),
    firstPaintCss,
    inlineCss: { bytes: inlineCss.length, gzip: gzipSize(inlineCss) },
    indexHtml,
    assets,
    assetsJsCssGzip: sum(assets, 'gzip'),
    assetsJsCssBytes: sum(assets, 'bytes'),
    dataset,
  };

  const S = 'size';
  row(
    S,
    `First-paint JS, gzip (entry + modulepreload, ${firstPaintJs.length} files, via ${discoveredBy})`,
    kib(jsGzip),
    `≤ ${kib(BUDGET.firstPaintJsBytes)}`,
    jsGzip <= BUDGET.firstPaintJsBytes,
  );
  row(
    S,
    firstPaintCss.length
      ? `First-paint CSS, gzip (${firstPaintCss.length} stylesheet link(s))`
      : 'First-paint CSS: no stylesheet link (inlined into index.html)',
    firstPaintCss.length ? kib(sum(firstPaintCss, 'gzip')) : `${kib(gzipSize(inlineCss))} inline`,
  );
  row(S, 'dist/index.html, gzip (prerendered HTML + inline CSS)', kib(indexHtml.gzip));
  row(
    S,
    `All JS + CSS in dist/assets, gzip (${assets.length} files)`,
    `${kib(sum(assets, 'gzip'))} (raw ${kib(sum(assets, 'bytes'))})`,
  );
  if (dataset) row(S, 'data/dataset.json, gzip (fetched after the app code)', kib(dataset.gzip));
}

// ---------------------------------------------------------------------------------------
// b. Lighthouse

interface LhRun {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  speedIndex: number;
  benchmarkIndex: number | null;
  warnings: string[];
}

function summariseRun(lhr: LhResult): LhRun {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance?.score ?? null,
    accessibility: lhr.categories.accessibility?.score ?? null,
    bestPractices: lhr.categories['best-practices']?.score ?? null,
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcp: numeric('first-contentful-paint'),
    speedIndex: numeric('speed-index'),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    warnings: lhr.runWarnings.map(String),
  };
}

interface Opportunity {
  id: string;
  category: string;
  title: string;
  score: number | null;
  displayValue: string | null;
  savingsMs: number;
  savingsBytes: number;
  metricSavings: Record<string, number>;
}

/** Audits that did not pass, the ones with the largest savings first. */
function opportunities(lhr: LhResult): Opportunity[] {
  const categoryOf = new Map<string, string>();
  const weightOf = new Map<string, number>();
  const metrics = new Set<string>();
  for (const category of Object.values(lhr.categories))
    for (const ref of category.auditRefs) {
      if (!categoryOf.has(ref.id)) categoryOf.set(ref.id, category.id);
      weightOf.set(ref.id, Math.max(weightOf.get(ref.id) ?? 0, ref.weight));
      if (ref.group === 'metrics') metrics.add(ref.id);
    }
  const out: Opportunity[] = [];
  for (const audit of Object.values(lhr.audits)) {
    const mode = audit.scoreDisplayMode;
    if (metrics.has(audit.id)) continue; // the metrics themselves are in the table
    if (mode === 'notApplicable' || mode === 'manual' || mode === 'error') continue;
    const details = audit.details as
      { overallSavingsMs?: number; overallSavingsBytes?: number } | undefined;
    const metricSavings = Object.fromEntries(
      Object.entries(audit.metricSavings ?? {}).filter(([, v]) => typeof v === 'number' && v > 0),
    ) as Record<string, number>;
    const savingsMs = details?.overallSavingsMs ?? 0;
    const savingsBytes = details?.overallSavingsBytes ?? 0;
    const failing = audit.score !== null && audit.score < 1;
    const saves = savingsMs > 0 || savingsBytes > 0 || Object.keys(metricSavings).length > 0;
    if (!failing && !saves) continue;
    if (mode === 'informative' && !saves) continue;
    out.push({
      id: audit.id,
      category:
        (categoryOf.get(audit.id) ?? 'diagnostic') +
        // performance weighs only its metrics; elsewhere a weight-0 audit does not move the score
        (categoryOf.has(audit.id) &&
        categoryOf.get(audit.id) !== 'performance' &&
        !weightOf.get(audit.id)
          ? ', weight 0'
          : ''),
      title: audit.title,
      score: audit.score,
      displayValue: audit.displayValue ?? null,
      savingsMs: round(savingsMs, 0),
      savingsBytes: round(savingsBytes, 0),
      metricSavings,
    });
  }
  const weight = (o: Opportunity) =>
    o.savingsMs + Object.values(o.metricSavings).reduce((n, v) => n + v, 0) + o.savingsBytes / 100;
  return out.sort((a, b) => weight(b) - weight(a));
}

/** The long main-thread tasks of a run (simulated timings), longest first. */
function longTasks(lhr: LhResult, baseUrl: string): { url: string; startMs: number; ms: number }[] {
  const details = lhr.audits['long-tasks']?.details as
    { items?: { url?: string; startTime?: number; duration?: number }[] } | undefined;
  return (details?.items ?? [])
    .map((item) => ({
      url: (item.url ?? '').replace(baseUrl, '/'),
      startMs: round(item.startTime ?? 0, 0),
      ms: round(item.duration ?? 0, 0),
    }))
    .sort((a, b) => b.ms - a.ms);
}

/** The LCP element and the phases of its time, from the LCP breakdown audit. */
function lcpBreakdown(lhr: LhResult): { element: string | null; phases: Record<string, number> } {
  const audit = lhr.audits['largest-contentful-paint-element'];
  const details = audit?.details as { items?: unknown[] } | undefined;
  let element: string | null = null;
  const phases: Record<string, number> = {};
  for (const item of details?.items ?? []) {
    const table = item as { items?: Record<string, unknown>[] };
    for (const entry of table.items ?? []) {
      const node = entry.node as { snippet?: string; nodeLabel?: string } | undefined;
      if (node && !element) element = node.snippet ?? node.nodeLabel ?? null;
      if (typeof entry.phase === 'string' && typeof entry.timing === 'number')
        phases[entry.phase] = round(entry.timing, 0);
    }
  }
  return { element, phases };
}

async function lighthouseRuns(url: string, raw: Record<string, unknown>) {
  const runs: LhRun[] = [];
  const reports: { lhr: LhResult; html: string }[] = [];
  for (let i = 0; i < 3; i++) {
    stopIfInterrupted();
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags,
      logLevel: 'silent',
      handleSIGINT: false, // our handler stops everything, then exits
    });
    cleanups.set('lighthouse chrome', () => chrome.kill());
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: ['json', 'html'],
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError)
        throw new Error(
          `Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
        );
      const html = Array.isArray(result.report) ? (result.report[1] ?? '') : '';
      reports.push({ lhr: result.lhr, html });
      const summary = summariseRun(result.lhr);
      runs.push(summary);
      console.log(
        `  run ${i + 1}: performance ${summary.performance}, accessibility ${summary.accessibility}, ` +
          `best-practices ${summary.bestPractices}, LCP ${summary.lcp.toFixed(0)} ms, ` +
          `TBT ${summary.tbt.toFixed(0)} ms, CLS ${summary.cls.toFixed(3)}`,
      );
    } finally {
      chrome.kill();
      cleanups.delete('lighthouse chrome');
    }
  }
  const med = (pick: (r: LhRun) => number | null) =>
    median(runs.map(pick).map((v) => (v === null ? NaN : v)));
  const medians = {
    performance: med((r) => r.performance),
    accessibility: med((r) => r.accessibility),
    bestPractices: med((r) => r.bestPractices),
    lcp: med((r) => r.lcp),
    tbt: med((r) => r.tbt),
    cls: med((r) => r.cls),
    fcp: med((r) => r.fcp),
    speedIndex: med((r) => r.speedIndex),
  };
  // the run with the median performance score stands for the three in the details
  const order = runs
    .map((r, i) => ({ i, score: r.performance ?? 0, lcp: r.lcp }))
    .sort((a, b) => a.score - b.score || b.lcp - a.lcp);
  const middle = reports[order[1]?.i ?? 0]!;
  const opps = opportunities(middle.lhr);
  // audits Lighthouse could not run (e.g. a trace format newer than this Lighthouse knows)
  const erroredAudits = Object.values(middle.lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => ({ id: a.id, message: (a.errorMessage ?? '').split('\n')[0]!.slice(0, 200) }));
  if (erroredAudits.length)
    console.log(
      `  ${erroredAudits.length} audit(s) could not run: ${erroredAudits.map((a) => a.id).join(', ')}` +
        ` (${erroredAudits[0]!.message})`,
    );
  const lcp = lcpBreakdown(middle.lhr);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lighthouse-median.json'), JSON.stringify(middle.lhr));
  if (middle.html) writeFileSync(join(outDir, 'lighthouse-median.html'), middle.html);
  raw.lighthouse = {
    url,
    config: 'default (mobile emulation, simulated throttling)',
    lighthouseVersion: middle.lhr.lighthouseVersion,
    userAgent: middle.lhr.environment.hostUserAgent,
    runs,
    median: medians,
    medianRun: order[1]?.i ?? 0,
    lcpElement: lcp.element,
    lcpPhases: lcp.phases,
    opportunities: opps.slice(0, 15),
    erroredAudits,
    longTasks: longTasks(middle.lhr, url),
    runWarnings: middle.lhr.runWarnings,
  };

  const L = 'lighthouse';
  const score = (v: number) => (Number.isNaN(v) ? 'n/a' : String(round(v, 2)));
  row(
    L,
    'Lighthouse performance (mobile, median of 3)',
    score(medians.performance),
    `≥ ${BUDGET.performance}`,
    medians.performance >= BUDGET.performance,
  );
  row(
    L,
    'Largest Contentful Paint (LH)',
    ms(medians.lcp),
    `≤ ${BUDGET.lcpMs} ms`,
    medians.lcp <= BUDGET.lcpMs,
  );
  row(
    L,
    'Total Blocking Time (LH)',
    ms(medians.tbt),
    `≤ ${BUDGET.tbtMs} ms`,
    medians.tbt <= BUDGET.tbtMs,
  );
  row(
    L,
    'Cumulative Layout Shift (LH)',
    String(round(medians.cls, 3)),
    '= 0',
    medians.cls === BUDGET.cls,
  );
  row(
    L,
    'Lighthouse accessibility',
    score(medians.accessibility),
    '= 1',
    medians.accessibility === BUDGET.accessibility,
  );
  row(
    L,
    'Lighthouse best practices',
    score(medians.bestPractices),
    '= 1',
    medians.bestPractices === BUDGET.bestPractices,
  );
  row(L, 'First Contentful Paint (LH)', ms(medians.fcp));
}

// ---------------------------------------------------------------------------------------
// c. Derive timings

const STEPS = [
  'filterEvents',
  'eventsAsOf',
  'issueRows',
  'summitPanels',
  'monthlyCounts',
  'barometerSeries',
] as const;
type StepName = (typeof STEPS)[number];
type Timing = Record<StepName | 'total', number>;

let sink = 0; // keeps results alive so nothing is optimised away

/** One pass of what the app derives, called as the components call it; ms per step. */
function derivePass(dataset: Dataset, filters: Filters): Timing {
  const asOf = dataset.meta.lastUpdated;
  const t: Partial<Timing> = {};
  const start = performance.now();
  let last = start;
  const lap = (name: StepName, size: number) => {
    const now = performance.now();
    t[name] = now - last;
    last = now;
    sink += size;
  };
  const filtered: DisputeEvent[] = filterEvents(dataset.events, dataset.actors, filters);
  lap('filterEvents', filtered.length);
  lap('eventsAsOf', eventsAsOf(filtered, asOf, 'dim').length);
  lap('issueRows', issueRows(dataset, asOf, 2018).length);
  lap('summitPanels', summitPanels(dataset, asOf).length);
  // as ActivityChart and Barometer call them: the chart's counts follow the filters, the
  // barometer is computed once per dataset (cached), as it is in the page
  lap('monthlyCounts', activityCounts(dataset, filters).length);
  lap('barometerSeries', datasetBarometer(dataset).length);
  t.total = last - start;
  return t as Timing;
}

function medianTiming(samples: Timing[]): Timing {
  const out: Partial<Timing> = {};
  for (const key of [...STEPS, 'total'] as const)
    out[key] = round(median(samples.map((s) => s[key])), 3);
  return out as Timing;
}

/** A full garbage collection between samples, so that one pass does not pay for another's garbage. */
function exposeGc(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // not available: samples may include collections
  }
  return () => undefined;
}

function deriveTimings(raw: Record<string, unknown>) {
  const gc = exposeGc();
  const sizes = [1_000, 10_000, 100_000];
  const results: Record<string, unknown> = {};
  for (const n of sizes) {
    gc();
    const genStart = performance.now();
    const dataset = generateDataset(n, STRESS_SEED);
    const genMs = performance.now() - genStart;
    gc();
    const filters: Filters = {
      ...emptyFilters,
      issues: [dataset.issues[0]!.id],
      query: 'kono', // matches “Kōno” through accent folding
    };
    // cold: the first call on this events array builds the search index and effect log
    // (WeakMap caches), and for the first size the JIT is cold too
    const coldFirst = derivePass(dataset, filters);
    // warm = what one interaction costs: the filter changes every pass (so nothing is
    // answered from filterEvents' last-call memo) while the dataset's indexes are built
    const other: Filters = { ...filters, issues: [dataset.issues[1]!.id] };
    for (let i = 0; i < 2; i++) derivePass(dataset, i % 2 ? filters : other);
    const warmSamples = Array.from({ length: 7 }, (_, i) => {
      gc();
      return derivePass(dataset, i % 2 ? other : filters);
    });
    // cache-cold with a warm JIT: a fresh events array each time (same events)
    const coldSamples = Array.from({ length: 7 }, () => {
      const fresh = { ...dataset, events: dataset.events.slice() };
      gc();
      return derivePass(fresh, filters);
    });
    const warm = medianTiming(warmSamples);
    const cacheCold = medianTiming(coldSamples);
    const matched = filterEvents(dataset.events, dataset.actors, filters).length;
    results[n] = {
      events: dataset.events.length,
      generateMs: round(genMs, 1),
      filters: { issues: filters.issues, query: filters.query, matched },
      coldFirst: medianTiming([coldFirst]),
      cacheColdMedian: cacheCold,
      warmMedian: warm,
      warmSamples,
    };
    console.log(
      `  ${n.toLocaleString('en-GB')} events: total warm ${ms(warm.total)}, cache-cold ${ms(cacheCold.total)}, first run ${ms(coldFirst.total)} (${matched} events match the filter)`,
    );
    const D = 'derive';
    const label = n.toLocaleString('en-GB');
    const budget = n === 100_000 ? `≤ ${BUDGET.deriveTotalMs} ms` : '—';
    const pass = n === 100_000 ? warm.total <= BUDGET.deriveTotalMs : undefined;
    row(
      D,
      `Filter + derive total, ${label} events (warm, median of 7)`,
      ms(warm.total),
      budget,
      pass,
    );
    row(
      D,
      `Filter + derive total, ${label} events (cold: first run / cache-cold median)`,
      `${ms(coldFirst.total)} / ${ms(cacheCold.total)}`,
    );
  }
  raw.derive = {
    runs: 7,
    warmups: 2,
    note:
      'cold first = very first pass on the events array (search index and effect log built; JIT cold for the first size); ' +
      'cache-cold = median of 7 passes on a fresh copy of the events array after warm-up; warm = median of 7 after 2 warm-ups; ' +
      'a full GC runs before each timed pass (outside the timing)',
    sizes: results,
  };
  if (sink === -1) console.log(sink);
}

// ---------------------------------------------------------------------------------------
// d. First timeline paint in Chromium

/** Runs in the page before any of its scripts: records the first visible timeline item and LCP. */
const PAGE_PROBE = `(() => {
  const selector = ${JSON.stringify(TIMELINE_SELECTOR)};
  const probe = { timeline: null, lcp: null, lcpElement: null };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.lcp = entry.startTime;
        const el = entry.element;
        probe.lcpElement = el ? el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') : null;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const visible = (el) =>
    el.isConnected && (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : el.getClientRects().length > 0);
  const check = () => {
    if (probe.timeline !== null) return;
    for (const el of document.querySelectorAll(selector)) {
      if (visible(el)) { probe.timeline = performance.now(); return; }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface PaintRun {
  timelineMs: number;
  lcpMs: number | null;
  lcpElement: string | null;
  fcpMs: number | null;
  domContentLoadedMs: number | null;
}

/** One navigation in a fresh context: when the timeline first showed, and LCP. */
async function paintRun(
  browser: Browser,
  url: string,
  timeoutMs: number,
  problems: string[],
  label: string,
): Promise<PaintRun> {
  stopIfInterrupted();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    const crashed = new Promise<never>((_, reject) =>
      page.once('crash', () => reject(new Error('the page crashed'))),
    );
    crashed.catch(() => undefined);
    await page.addInitScript(PAGE_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    let timelineMs: number;
    try {
      const handle = await Promise.race([
        page.waitForFunction(
          () => (window as unknown as { __bench?: { timeline: number | null } }).__bench?.timeline,
          undefined,
          { polling: 100, timeout: timeoutMs },
        ),
        crashed,
      ]);
      timelineMs = (await handle.jsonValue()) as number;
    } catch (error) {
      // say what the page showed instead, and keep a screenshot of it
      const shot = join(outDir, `paint-failure-${label}.png`);
      mkdirSync(outDir, { recursive: true });
      await page.screenshot({ path: shot, timeout: 10_000 }).catch(() => undefined);
      const state = await Promise.race([
        page.evaluate(
          () =>
            `probe ${JSON.stringify((window as unknown as { __bench?: unknown }).__bench)}; ` +
            `page text: ${document.body?.innerText.replace(/\s+/g, ' ').slice(0, 300)}`,
        ),
        sleep(10_000).then(() => 'page state unavailable (no answer)'),
      ]).catch((e: unknown) => `page state unavailable (${String(e)})`);
      throw new Error(
        `${url}: no visible timeline item (${String(error).split('\n')[0]}); ${state}; ` +
          `screenshot ${shot}`,
      );
    }
    // give LCP a moment to settle after the timeline shows (it stops at the first input)
    await sleep(1000);
    const extra = await page.evaluate(() => {
      const probe = (
        window as unknown as { __bench: { lcp: number | null; lcpElement: string | null } }
      ).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        lcpMs: probe.lcp,
        lcpElement: probe.lcpElement,
        fcpMs: fcp ? fcp.startTime : null,
        domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
      };
    });
    return { timelineMs, ...extra };
  } finally {
    await context.close();
  }
}

/** `count` good runs; a run that fails is noted and retried, at most twice in all. */
async function paintRuns(
  browser: Browser,
  url: string,
  count: number,
  timeoutMs: number,
  key: string,
) {
  const runs: PaintRun[] = [];
  const problems: string[] = [];
  const failures: string[] = [];
  while (runs.length < count) {
    try {
      runs.push(await paintRun(browser, url, timeoutMs, problems, `${key}-${failures.length + 1}`));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(message);
      console.error(`    run failed: ${message}`);
      if (failures.length > 2) throw new Error(`${failures.length} runs failed; last: ${message}`);
    }
  }
  return { runs, problems: [...new Set(problems)].slice(0, 20), failures };
}

async function paintTimings(baseUrl: string, raw: Record<string, unknown>) {
  stopIfInterrupted();
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    // our handler closes the browser along with everything else, then exits
    handleSIGINT: false,
    handleSIGTERM: false,
    args: chromeFlags.filter((f) => !f.startsWith('--headless')),
  });
  cleanups.set('playwright chromium', () => browser.close());
  try {
    const targets = [
      { key: 'bundled', label: 'bundled data', url: baseUrl, timeout: 30_000 },
      {
        key: 'stress100k',
        label: '100,000 events',
        url: `${baseUrl}?data=./${STRESS_FILE}`,
        timeout: 180_000,
      },
    ];
    const results: Record<string, unknown> = { browser: browser.version(), viewport: '1280x900' };
    for (const target of targets) {
      const { runs, problems, failures } = await paintRuns(
        browser,
        target.url,
        5,
        target.timeout,
        target.key,
      );
      const timeline = median(runs.map((r) => r.timelineMs));
      const lcps = runs.map((r) => r.lcpMs).filter((v): v is number => v !== null);
      const lcp = lcps.length ? median(lcps) : null;
      results[target.key] = {
        url: target.url.replace(baseUrl, '/'),
        medianTimelineMs: round(timeline, 1),
        medianLcpMs: lcp === null ? null : round(lcp, 1),
        lcpElement: runs.find((r) => r.lcpMs === lcp)?.lcpElement ?? runs[0]?.lcpElement ?? null,
        runs,
        problems,
        failedRuns: failures,
      };
      console.log(
        `  ${target.label}: first timeline paint ${ms(timeline)}, LCP ${lcp === null ? 'n/a' : ms(lcp)} (runs: ${runs.map((r) => r.timelineMs.toFixed(0)).join(', ')} ms)`,
      );
      for (const p of problems) console.log(`    ${p}`);
      if (failures.length) console.log(`    ${failures.length} run(s) failed and were retried`);
      row(
        'paint',
        `Navigation → first timeline paint, ${target.label} (median of 5)`,
        ms(timeline),
      );
      row(
        'paint',
        `LCP in Chromium, ${target.label} (median of 5)`,
        lcp === null ? 'n/a' : ms(lcp),
      );
    }
    raw.paint = results;
  } finally {
    await browser.close();
    cleanups.delete('playwright chromium');
  }
}

// ---------------------------------------------------------------------------------------
// Report

function environment() {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    chromePath,
  };
}

function consoleTable(): string {
  const header: Row = {
    section: '',
    figure: 'Figure',
    value: 'Value',
    budget: 'Budget',
    status: '—',
  };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const wf = width('figure');
  const wv = width('value');
  const wb = width('budget');
  return all
    .map(
      (r, i) =>
        `${r.figure.padEnd(wf)}  ${r.value.padStart(wv)}  ${r.budget.padEnd(wb)}  ${i === 0 ? 'Result' : r.status}`,
    )
    .join('\n');
}

function markdown(env: ReturnType<typeof environment>, raw: Record<string, unknown>): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '## Performance',
    '',
    `Measured by \`npm run bench\` on ${env.date.slice(0, 10)} · Node ${env.node} · ${env.cpu} (${env.cores} cores)` +
      (typeof (raw.paint as { browser?: string } | undefined)?.browser === 'string'
        ? ` · Chromium ${(raw.paint as { browser: string }).browser}`
        : ''),
    '',
    '| Figure | Value | Budget | Pass/fail |',
    '| --- | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${esc(r.figure)} | ${esc(r.value)} | ${esc(r.budget)} | ${r.status === '—' ? '—' : r.status} |`,
    ),
    '',
    'Sizes are gzip level 9, 1 KiB = 1024 bytes. Lighthouse 12 runs its default mobile config ' +
      '(simulated throttling) against `vite preview`. Derive timings call src/derive/* as the ' +
      'components do, with an issue filter and the query “kono”; “warm” passes switch the issue ' +
      'filter each time, as one interaction would, with the dataset indexes built; “cold” is ' +
      'the first call on an events array, when the search index, issue masks and effect log ' +
      '(WeakMap caches) are built. ' +
      '“First timeline paint” is performance.now() at the first animation frame in which ' +
      `\`${TIMELINE_SELECTOR}\` is attached and visible (1280×900, fresh browser context).`,
  ];
  const derive = raw.derive as
    | { sizes: Record<string, { coldFirst: Timing; cacheColdMedian: Timing; warmMedian: Timing }> }
    | undefined;
  if (derive) {
    const sizes = Object.keys(derive.sizes);
    lines.push(
      '',
      '### Derive steps (ms; warm median / cache-cold median / first run)',
      '',
      `| Step | ${sizes.map((n) => `${Number(n).toLocaleString('en-GB')} events`).join(' | ')} |`,
      `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
      ...[...STEPS, 'total' as const].map(
        (step) =>
          `| ${step} | ${sizes
            .map((n) => {
              const s = derive.sizes[n]!;
              return `${s.warmMedian[step].toFixed(2)} / ${s.cacheColdMedian[step].toFixed(2)} / ${s.coldFirst[step].toFixed(2)}`;
            })
            .join(' | ')} |`,
      ),
    );
  }
  const lh = raw.lighthouse as
    | {
        opportunities: Opportunity[];
        lcpElement: string | null;
        lcpPhases: Record<string, number>;
        erroredAudits: { id: string; message: string }[];
        longTasks: { url: string; startMs: number; ms: number }[];
      }
    | undefined;
  if (lh) {
    lines.push('', '### Lighthouse: audits not passed, largest savings first (median run)', '');
    if (lh.opportunities.length === 0) lines.push('None.');
    for (const o of lh.opportunities.slice(0, 10)) {
      const savings = [
        o.savingsMs ? `${o.savingsMs} ms` : '',
        o.savingsBytes ? kib(o.savingsBytes) : '',
        ...Object.entries(o.metricSavings).map(([k, v]) => `${k} ${round(v, 3)}`),
      ].filter(Boolean);
      lines.push(
        `- ${esc(o.title)} (\`${o.id}\`, ${o.category}, score ${o.score ?? 'n/a'})` +
          (o.displayValue ? ` — ${esc(o.displayValue)}` : '') +
          (savings.length ? `; savings: ${savings.join(', ')}` : ''),
      );
    }
    if (lh.lcpElement || Object.keys(lh.lcpPhases).length) {
      lines.push(
        '',
        `LCP element: \`${(lh.lcpElement ?? 'n/a').replace(/`/g, "'").slice(0, 160)}\`` +
          (Object.keys(lh.lcpPhases).length
            ? `; phases: ${Object.entries(lh.lcpPhases)
                .map(([k, v]) => `${k} ${v} ms`)
                .join(', ')}`
            : ''),
      );
    }
  }
  if (lh?.longTasks.length) {
    lines.push(
      '',
      `Long tasks (simulated, median run): ${lh.longTasks
        .slice(0, 5)
        .map((t) => `${t.ms} ms at ${t.startMs} ms in \`${t.url || '(unattributed)'}\``)
        .join('; ')}`,
    );
  }
  if (lh?.erroredAudits.length) {
    lines.push(
      '',
      `Lighthouse could not run ${lh.erroredAudits.length} audit(s): ${lh.erroredAudits.map((a) => `\`${a.id}\``).join(', ')} — ${esc(lh.erroredAudits[0]!.message)}`,
    );
  }
  const paint = raw.paint as
    | Record<string, { medianTimelineMs: number; lcpElement: string | null; url: string }>
    | undefined;
  if (paint) {
    const targets = Object.entries(paint).filter(([, v]) => typeof v === 'object' && v !== null);
    if (targets.length)
      lines.push(
        '',
        `LCP element in Chromium: ${targets.map(([, v]) => `\`${v.url}\` → \`${v.lcpElement ?? 'n/a'}\``).join('; ')}`,
      );
  }
  if (errors.length) {
    lines.push('', '### Errors', '', ...errors.map((e) => `- ${e.section}: ${esc(e.message)}`));
  }
  return `${lines.join('\n')}\n`;
}

async function section(name: string, fn: () => Promise<void> | void): Promise<boolean> {
  if (interrupted) return false;
  console.log(`\n== ${name}`);
  const started = performance.now();
  try {
    await fn();
    console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name} failed: ${message}`);
    errors.push({ section: name, message });
    rows.push({
      section: name,
      figure: `${name}: could not be measured`,
      value: 'error',
      budget: '—',
      status: 'ERROR',
    });
    return false;
  }
}

function onlyParts(argv: string[]): Set<string> | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const list = arg === '--only' ? argv[i + 1] : arg.startsWith('--only=') ? arg.slice(7) : null;
    if (list !== null) return new Set((list ?? '').split(',').map((part) => part.trim()));
  }
  return null;
}

async function main() {
  const env = environment();
  const raw: Record<string, unknown> = { ...env, budgets: BUDGET };
  console.log(`bench: ${env.date} · Node ${env.node} · ${env.cpu} × ${env.cores}`);
  const stressPath = join(dist, STRESS_FILE);
  // --only a,c (for working on one part): a = build and sizes, b = Lighthouse,
  // c = derive timings, d = first timeline paint; without a, the existing dist is used.
  // A partial run writes bench-results/partial.{json,md} and leaves latest.* alone.
  const only = onlyParts(process.argv.slice(2));
  const wants = (part: string) => !only || only.has(part);
  try {
    const built = wants('a')
      ? await section('a. build and sizes', () => buildAndSizes(raw))
      : existsSync(join(dist, 'index.html'));

    if (wants('c')) await section('c. derive timings', () => deriveTimings(raw));

    if (built && (wants('b') || wants('d'))) {
      let preview: { url: string; stop: () => Promise<void> } | null = null;
      // the browser figures are only good if nothing rebuilds dist under the preview server
      const distStamp = () => {
        try {
          return createHash('sha256')
            .update(readFileSync(join(dist, 'index.html')))
            .update(readdirSync(join(dist, 'assets')).sort().join('\n'))
            .digest('hex');
        } catch {
          return 'missing';
        }
      };
      const stamp = distStamp();
      try {
        // the stress file must be in dist before the preview server starts and lists it
        // (the same generator and seed as the derive timings, so the same 100,000 events)
        const json = JSON.stringify(generateDataset(100_000, STRESS_SEED));
        writeFileSync(stressPath, json);
        const removeStress = () => rmSync(stressPath, { force: true });
        process.on('exit', removeStress); // even if something calls process.exit early
        cleanups.set('stress file', removeStress);
        const stressBytes = Buffer.byteLength(json);
        raw.stressFileBytes = stressBytes;
        console.log(`\nwrote dist/${STRESS_FILE}: ${(stressBytes / 1024 / 1024).toFixed(1)} MiB`);
        stopIfInterrupted();
        preview = await startPreview();
        console.log(`\npreview server: ${preview.url}`);
        const url = preview.url;
        if (wants('b')) await section('b. lighthouse', () => lighthouseRuns(url, raw));
        if (wants('d')) await section('d. first timeline paint', () => paintTimings(url, raw));
        if (distStamp() !== stamp) {
          const message =
            'dist/ changed while the preview server was running (another build?): the Lighthouse and paint figures may be wrong; run the bench again';
          console.error(message);
          errors.push({ section: 'dist', message });
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(message);
        errors.push({ section: 'preview', message });
      } finally {
        await preview?.stop();
        rmSync(stressPath, { force: true });
        cleanups.delete('stress file');
      }
    }
  } finally {
    await cleanupAll();
  }

  raw.rows = rows;
  raw.errors = errors;
  mkdirSync(outDir, { recursive: true });
  const name = only ? 'partial' : 'latest';
  if (only) raw.only = [...only];
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(raw, null, 2)}\n`);
  writeFileSync(join(outDir, `${name}.md`), markdown(env, raw));
  console.log(`\n${consoleTable()}\n`);
  const failed = rows.filter((r) => r.status === 'FAIL').length;
  console.log(
    `${rows.filter((r) => r.status === 'PASS').length} budget(s) met, ${failed} not met` +
      (errors.length ? `, ${errors.length} measurement(s) failed` : '') +
      ` — wrote bench-results/${name}.json and bench-results/${name}.md`,
  );
  // budgets are reported, not asserted; only a measurement that could not be made fails
  process.exitCode = errors.length ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error);
  await cleanupAll();
  process.exit(1);
});
