/**
 * Part b: Lighthouse 12, default (mobile) config with simulated throttling, RUNS runs of the
 * app and of the reference page, taken in turn (app, reference, app, …) so that a busy
 * moment of the machine weighs on both; medians. The run with the median performance score
 * stands for the others in the details (bench-results/lighthouse-median.{json,html}).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LhResult } from 'lighthouse';
import { forget, onCleanup, stopIfInterrupted } from './cleanup';
import { BUDGET, chromeFlags, chromePath, median, ms, outDir, raw, round, row } from './common';
import {
  externalRequests,
  lcpBreakdown,
  longTasks,
  opportunities,
  summariseRun,
  type LhRun,
} from './lighthouse-audits';
import { freePort } from './server';

export const LH_RUNS = 3;

async function lighthouseOnce(url: string): Promise<{ lhr: LhResult; html: string }> {
  stopIfInterrupted();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags,
    port: await freePort(), // its DevTools port, in the bench's range too
    logLevel: 'silent',
    handleSIGINT: false, // our handler stops everything, then exits
  });
  onCleanup('lighthouse chrome', () => chrome.kill());
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const error = result.lhr.runtimeError;
    if (error) throw new Error(`Lighthouse: ${error.code} ${error.message}`);
    const html = Array.isArray(result.report) ? (result.report[1] ?? '') : '';
    return { lhr: result.lhr, html };
  } finally {
    chrome.kill();
    forget('lighthouse chrome');
  }
}

const METRICS = [
  'performance',
  'accessibility',
  'bestPractices',
  'lcp',
  'tbt',
  'cls',
  'fcp',
  'speedIndex',
] as const;
type Medians = Record<(typeof METRICS)[number], number>;

/** Medians of the runs, and the details of the median run. */
function summarise(url: string, reports: { lhr: LhResult; html: string }[]) {
  const runs: LhRun[] = reports.map((r) => summariseRun(r.lhr));
  const medians = Object.fromEntries(
    METRICS.map((key) => [key, median(runs.map((r) => r[key] ?? NaN))]),
  ) as Medians;
  const order = runs
    .map((r, i) => ({ i, score: r.performance ?? 0, lcp: r.lcp }))
    .sort((a, b) => a.score - b.score || b.lcp - a.lcp);
  const medianRun = order[order.length >> 1]?.i ?? 0;
  const middle = reports[medianRun]!;
  const lcp = lcpBreakdown(middle.lhr);
  return {
    url,
    lighthouseVersion: middle.lhr.lighthouseVersion,
    userAgent: middle.lhr.environment.hostUserAgent,
    runs,
    median: medians,
    medianRun,
    lcpElement: lcp.element,
    lcpPhases: lcp.phases,
    opportunities: opportunities(middle.lhr).slice(0, 15),
    // audits Lighthouse could not run (e.g. a trace format newer than this Lighthouse knows)
    erroredAudits: Object.values(middle.lhr.audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => ({ id: a.id, message: (a.errorMessage ?? '').split('\n')[0]!.slice(0, 200) })),
    longTasks: longTasks(middle.lhr, url),
    externalRequests: [...new Set(reports.flatMap((r) => externalRequests(r.lhr)))],
    runWarnings: middle.lhr.runWarnings,
    middle,
  };
}
export type LhSummary = ReturnType<typeof summarise>;

function logRun(name: string, i: number, lhr: LhResult) {
  const s = summariseRun(lhr);
  console.log(
    `  ${name} run ${i + 1}: performance ${s.performance}, accessibility ${s.accessibility}, ` +
      `best-practices ${s.bestPractices}, LCP ${s.lcp.toFixed(0)} ms, ` +
      `TBT ${s.tbt.toFixed(0)} ms, CLS ${s.cls.toFixed(3)}`,
  );
}

export async function lighthouseRuns(appUrl: string, referenceUrl: string | null) {
  const app: { lhr: LhResult; html: string }[] = [];
  const ref: { lhr: LhResult; html: string }[] = [];
  // the Japanese page, prerendered in Japanese with its catalogue and texts
  const jaUrl = new URL('ja.html', appUrl).href;
  const ja: { lhr: LhResult; html: string }[] = [];
  for (let i = 0; i < LH_RUNS; i++) {
    app.push(await lighthouseOnce(appUrl));
    logRun('app', i, app[i]!.lhr);
    if (referenceUrl) {
      ref.push(await lighthouseOnce(referenceUrl));
      logRun('reference', i, ref[i]!.lhr);
    }
    ja.push(await lighthouseOnce(jaUrl));
    logRun('ja.html', i, ja[i]!.lhr);
  }
  const ours = summarise(appUrl, app);
  const japanese = summarise(jaUrl, ja);
  const theirs = referenceUrl ? summarise(referenceUrl, ref) : null;
  mkdirSync(outDir, { recursive: true });
  for (const [prefix, summary] of [
    ['', ours],
    ['reference-', theirs],
  ] as const) {
    if (!summary) continue;
    writeFileSync(
      join(outDir, `${prefix}lighthouse-median.json`),
      JSON.stringify(summary.middle.lhr),
    );
    if (summary.middle.html)
      writeFileSync(join(outDir, `${prefix}lighthouse-median.html`), summary.middle.html);
    for (const url of summary.externalRequests) console.log(`  request to another site: ${url}`);
    if (summary.erroredAudits.length)
      console.log(
        `  ${summary.erroredAudits.length} audit(s) could not run: ${summary.erroredAudits.map((a) => a.id).join(', ')}`,
      );
  }
  const strip = ({ middle: _middle, ...rest }: LhSummary) => rest;
  raw.lighthouse = {
    config: 'default (mobile emulation, simulated throttling)',
    app: strip(ours),
    reference: theirs ? strip(theirs) : null,
    ja: strip(japanese),
  };
  lighthouseRows(ours.median, theirs?.median ?? null);
  japaneseRows(japanese.median, theirs?.median ?? null);
}

/** The Japanese page against the same budgets (the Korean one is built the same way). */
function japaneseRows(m: Medians, r: Medians | null) {
  const score = (v: number) => (Number.isNaN(v) ? 'n/a' : String(round(v, 2)));
  const L = 'lighthouse';
  row(L, `ja.html: Lighthouse performance (mobile, median of ${LH_RUNS})`, score(m.performance), {
    reference: r ? score(r.performance) : '—',
    ratio: r?.performance ? m.performance / r.performance : null,
    budget: `≥ ${BUDGET.performance}`,
    pass: m.performance >= BUDGET.performance,
  });
  row(L, 'ja.html: LCP / TBT / CLS (LH)', `${ms(m.lcp)} / ${ms(m.tbt)} / ${round(m.cls, 3)}`, {
    budget: `≤ ${BUDGET.lcpMs} ms / ≤ ${BUDGET.tbtMs} ms / 0`,
    pass: m.lcp <= BUDGET.lcpMs && m.tbt <= BUDGET.tbtMs && m.cls === BUDGET.cls,
  });
  row(
    L,
    'ja.html: accessibility / best practices',
    `${score(m.accessibility)} / ${score(m.bestPractices)}`,
    {
      budget: '= 1 / = 1',
      pass: m.accessibility === BUDGET.accessibility && m.bestPractices === BUDGET.bestPractices,
    },
  );
}

function lighthouseRows(m: Medians, r: Medians | null) {
  const score = (v: number) => (Number.isNaN(v) ? 'n/a' : String(round(v, 2)));
  const L = 'lighthouse';
  const vs = (value: number, ref: number | undefined, format: (v: number) => string) => ({
    reference: ref === undefined ? '—' : format(ref),
    ratio: ref ? value / ref : null,
  });
  const n = `median of ${LH_RUNS}`;
  row(L, `Lighthouse performance (mobile, ${n})`, score(m.performance), {
    ...vs(m.performance, r?.performance, score),
    budget: `≥ ${BUDGET.performance}`,
    pass: m.performance >= BUDGET.performance,
  });
  row(L, 'Largest Contentful Paint (LH)', ms(m.lcp), {
    ...vs(m.lcp, r?.lcp, ms),
    budget: `≤ ${BUDGET.lcpMs} ms`,
    pass: m.lcp <= BUDGET.lcpMs,
  });
  row(L, 'Total Blocking Time (LH)', ms(m.tbt), {
    ...vs(m.tbt, r?.tbt, ms),
    budget: `≤ ${BUDGET.tbtMs} ms`,
    pass: m.tbt <= BUDGET.tbtMs,
  });
  row(L, 'Cumulative Layout Shift (LH)', String(round(m.cls, 3)), {
    reference: r ? String(round(r.cls, 3)) : '—',
    budget: '= 0',
    pass: m.cls === BUDGET.cls,
  });
  row(L, 'Lighthouse accessibility', score(m.accessibility), {
    reference: r ? score(r.accessibility) : '—',
    budget: '= 1',
    pass: m.accessibility === BUDGET.accessibility,
  });
  row(L, 'Lighthouse best practices', score(m.bestPractices), {
    reference: r ? score(r.bestPractices) : '—',
    budget: '= 1',
    pass: m.bestPractices === BUDGET.bestPractices,
  });
  row(L, 'First Contentful Paint (LH)', ms(m.fcp), vs(m.fcp, r?.fcp, ms));
  row(L, 'Speed Index (LH)', ms(m.speedIndex), vs(m.speedIndex, r?.speedIndex, ms));
}
