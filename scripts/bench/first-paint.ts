/**
 * Part d: navigation → first timeline paint, LCP and the longest main-thread task of the
 * start-up, in Chromium (Playwright), median of 5 fresh contexts, for the bundled data,
 * 10,000 and 100,000 events, and for the reference page.
 *
 * "First timeline paint" is performance.now() at the first animation frame in which a
 * timeline item is attached and visible. "Start-up" runs from navigation until one second
 * after the app has taken over the prerendered page (<html data-ready>); for the reference
 * page, until one second after its timeline shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import {
  closeBrowser,
  launchBrowser,
  newNotes,
  openPage,
  pageState,
  timelineShown,
  type PageNotes,
} from './browser';
import {
  BUDGET,
  median,
  message,
  ms,
  outDir,
  raw,
  round,
  row,
  sleep,
  TIMELINE_SELECTOR,
} from './common';
import type { DataTarget } from './datasets';
import { readProbe } from './page-probe';
import { REFERENCE_NAME, REFERENCE_SELECTOR } from './reference';

const RUNS = 5;

interface PaintRun {
  timelineMs: number;
  lcpMs: number | null;
  lcpElement: string | null;
  fcpMs: number | null;
  longestTaskMs: number;
  longTasks: number;
}

interface PaintTarget {
  key: string;
  label: string;
  url: string;
  selector: string;
  timeoutMs: number;
  /** wait for <html data-ready> (the app), or not (the reference page) */
  app: boolean;
}

/** One navigation in a fresh context. */
async function paintRun(browser: Browser, target: PaintTarget, notes: PageNotes, label: string) {
  const { context, page, crashed } = await openPage(browser, target.selector, notes);
  try {
    await page.goto(target.url, { waitUntil: 'commit', timeout: target.timeoutMs });
    let timelineMs: number;
    try {
      timelineMs = await timelineShown(page, crashed, target.timeoutMs);
    } catch (error) {
      // say what the page showed instead, and keep a screenshot of it
      const shot = join(outDir, `paint-failure-${label}.png`);
      mkdirSync(outDir, { recursive: true });
      await page.screenshot({ path: shot, timeout: 10_000 }).catch(() => undefined);
      throw new Error(
        `${target.url}: no visible timeline item (${String(error).split('\n')[0]}); ` +
          `${await pageState(page)}; screenshot ${shot}`,
      );
    }
    if (target.app)
      await page.waitForFunction(() => document.documentElement.dataset.ready, undefined, {
        polling: 50,
        timeout: target.timeoutMs,
      });
    // the rest of the start-up, and LCP settles (it stops at the first input)
    await sleep(1000);
    const probe = await readProbe(page);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const run: PaintRun = {
      timelineMs,
      lcpMs: probe.lcp,
      lcpElement: probe.lcpElement,
      fcpMs: fcp,
      longestTaskMs: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
      longTasks: probe.longTasks.length,
    };
    return run;
  } finally {
    await context.close();
  }
}

/** RUNS good runs; a run that fails is noted and retried, at most twice in all. */
async function paintRuns(browser: Browser, target: PaintTarget) {
  const runs: PaintRun[] = [];
  const notes = newNotes();
  const failures: string[] = [];
  while (runs.length < RUNS) {
    try {
      runs.push(await paintRun(browser, target, notes, `${target.key}-${failures.length + 1}`));
    } catch (error) {
      failures.push(message(error));
      console.error(`    run failed: ${message(error)}`);
      if (failures.length > 2)
        throw new Error(`${failures.length} runs failed; last: ${message(error)}`);
    }
  }
  const lcps = runs.map((r) => r.lcpMs).filter((v): v is number => v !== null);
  const lcp = lcps.length ? median(lcps) : null;
  return {
    url: target.url,
    medianTimelineMs: round(median(runs.map((r) => r.timelineMs)), 1),
    medianLcpMs: lcp === null ? null : round(lcp, 1),
    lcpElement: runs.find((r) => r.lcpMs === lcp)?.lcpElement ?? runs[0]?.lcpElement ?? null,
    medianLongestTaskMs: round(median(runs.map((r) => r.longestTaskMs)), 1),
    worstLongestTaskMs: round(Math.max(...runs.map((r) => r.longestTaskMs)), 1),
    runs,
    problems: [...new Set(notes.problems)].slice(0, 20),
    externalRequests: [...new Set(notes.external)],
    failedRuns: failures,
  };
}
type PaintResult = Awaited<ReturnType<typeof paintRuns>>;

export async function paintTimings(
  appUrl: string,
  targets: DataTarget[],
  referenceUrl: string | null,
) {
  const browser = await launchBrowser();
  try {
    const all: PaintTarget[] = targets.map((t) => ({
      key: t.key,
      label: t.label,
      url: `${appUrl}${t.query}`,
      selector: TIMELINE_SELECTOR,
      timeoutMs: t.timeoutMs,
      app: true,
    }));
    if (referenceUrl)
      all.push({
        key: 'reference',
        label: REFERENCE_NAME,
        url: referenceUrl,
        selector: REFERENCE_SELECTOR,
        timeoutMs: 30_000,
        app: false,
      });
    const results: Record<string, PaintResult> = {};
    for (const target of all) {
      const result = await paintRuns(browser, target);
      results[target.key] = result;
      console.log(
        `  ${target.label}: first timeline paint ${ms(result.medianTimelineMs)}, LCP ${result.medianLcpMs === null ? 'n/a' : ms(result.medianLcpMs)}, ` +
          `longest start-up task ${ms(result.medianLongestTaskMs)} (runs: ${result.runs.map((r) => r.timelineMs.toFixed(0)).join(', ')} ms)`,
      );
      for (const p of result.problems) console.log(`    ${p}`);
      for (const u of result.externalRequests) console.log(`    request to another site: ${u}`);
    }
    raw.paint = { browser: browser.version(), viewport: '1280x900', runs: RUNS, ...results };
    paintRows(targets, results);
  } finally {
    await closeBrowser(browser);
  }
}

function paintRows(targets: DataTarget[], results: Record<string, PaintResult>) {
  const ref = results.reference;
  const compare = (value: number | null, refValue: number | null | undefined) => ({
    reference: refValue === null || refValue === undefined ? '—' : ms(refValue),
    ratio: value !== null && refValue ? value / refValue : null,
  });
  for (const target of targets) {
    const r = results[target.key]!;
    const is100k = target.key === 'stress100k';
    row(
      'paint',
      `Navigation → first timeline paint, ${target.label} (median of ${RUNS})`,
      ms(r.medianTimelineMs),
      {
        ...compare(r.medianTimelineMs, ref?.medianTimelineMs),
        ...(is100k
          ? {
              budget: `≤ ${BUDGET.firstPaint100kMs} ms`,
              pass: r.medianTimelineMs <= BUDGET.firstPaint100kMs,
            }
          : {}),
      },
    );
    row(
      'paint',
      `LCP in Chromium, ${target.label} (median of ${RUNS})`,
      r.medianLcpMs === null ? 'n/a' : ms(r.medianLcpMs),
      compare(r.medianLcpMs, ref?.medianLcpMs),
    );
    const task = (v: number | undefined) => (v === undefined ? '—' : v ? ms(v) : 'none > 50 ms');
    row(
      'paint',
      `Longest start-up task, ${target.label} (median of ${RUNS}; worst ${task(r.worstLongestTaskMs)})`,
      task(r.medianLongestTaskMs),
      {
        reference: task(ref?.medianLongestTaskMs),
        ratio: ref?.medianLongestTaskMs ? r.medianLongestTaskMs / ref.medianLongestTaskMs : null,
        ...(target.key === 'bundled'
          ? {
              budget: `≤ ${BUDGET.startupTaskMs} ms`,
              pass: r.medianLongestTaskMs <= BUDGET.startupTaskMs,
            }
          : {}),
      },
    );
  }
}
