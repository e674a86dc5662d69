/**
 * Part e: interaction timings on the built app in Chromium (Playwright), with the Event
 * Timing API: the duration of an interaction is the longest 'event' entry of its input
 * (pointerdown … click, keydown/keyup): from the input to the next paint after its handlers.
 * Entries shorter than 16 ms are not reported by the browser (durationThreshold 16, the
 * smallest it allows), so such an interaction counts as "< 16 ms". Long tasks ('longtask')
 * from the input until the page is quiet again are noted too, so that work deferred past
 * the paint (a transition, a debounce) does not go unseen.
 *
 * One page per dataset (fresh context, loaded and quiet first); each interaction repeated
 * REPS times; medians and maxima. No CPU throttling: 1280×900, the machine's own speed.
 */
import type { Browser, Page } from '@playwright/test';
import { closeBrowser, launchBrowser, newNotes, openPage, timelineShown } from './browser';
import { isInterrupted } from './cleanup';
import { median, ms, raw, round, sleep, TIMELINE_SELECTOR } from './common';
import type { DataTarget } from './datasets';
import {
  APP_STEPS,
  FLOOR_MS,
  REFERENCE_STEPS,
  REPS,
  type InteractionStep,
} from './interaction-steps';
import { interactionRows } from './interaction-report';
import { afterFrames, readProbe } from './page-probe';
import { REFERENCE_SELECTOR } from './reference';

interface Rep {
  /** null: no entry of 16 ms or more (the interaction took less) */
  durationMs: number | null;
  longestTaskMs: number;
  events: string[];
}

export interface InteractionResult {
  key: string;
  label: string;
  how: string;
  reps: Rep[];
  /** 0 stands for "under 16 ms" */
  medianMs: number;
  maxMs: number;
  longestTaskMs: number;
}

/** Waits until no long task has ended in the last `quietMs` (at most `maxMs`). */
async function waitQuiet(page: Page, quietMs: number, maxMs: number) {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const { now, lastEnd } = await page.evaluate(() => {
      const probe = (
        window as unknown as { __bench: { longTasks: { startTime: number; duration: number }[] } }
      ).__bench;
      const ends = probe.longTasks.map((t) => t.startTime + t.duration);
      return { now: performance.now(), lastEnd: Math.max(0, ...ends) };
    });
    if (now - lastEnd >= quietMs) return;
    await sleep(Math.min(quietMs, 200));
  }
}

async function settle(page: Page, step: InteractionStep) {
  await afterFrames(page, step.settleMs ?? 200);
  await waitQuiet(page, 300, 20_000);
}

async function measureStep(page: Page, step: InteractionStep): Promise<InteractionResult> {
  await step.prepare?.(page);
  await settle(page, step);
  const reps: Rep[] = [];
  for (let i = 0; i < REPS && !isInterrupted(); i++) {
    const t0 = await page.evaluate(() => performance.now());
    await step.act(page);
    await settle(page, step);
    const probe = await readProbe(page);
    const entries = probe.events.filter((e) => e.startTime >= t0 && e.interactionId > 0);
    const tasks = probe.longTasks.filter((t) => t.startTime >= t0);
    reps.push({
      durationMs: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
      longestTaskMs: round(Math.max(0, ...tasks.map((t) => t.duration)), 1),
      events: [...new Set(entries.map((e) => `${e.name} ${e.duration}`))],
    });
    if (step.undo) {
      await step.undo(page);
      await settle(page, step);
    }
  }
  await step.finish?.(page);
  await settle(page, step);
  const durations = reps.map((r) => r.durationMs ?? 0);
  return {
    key: step.key,
    label: step.label,
    how: step.how,
    reps,
    medianMs: median(durations),
    maxMs: Math.max(...durations),
    longestTaskMs: Math.max(...reps.map((r) => r.longestTaskMs)),
  };
}

/** Loads `url` in a fresh context, waits until it is quiet, then times each step. */
async function measurePage(
  browser: Browser,
  url: string,
  selector: string,
  timeoutMs: number,
  steps: InteractionStep[],
  app: boolean,
) {
  const notes = newNotes();
  const { context, page, crashed } = await openPage(browser, selector, notes);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await timelineShown(page, crashed, timeoutMs);
    // the app has taken over the prerendered page (<html data-ready>)
    if (app)
      await page.waitForFunction(() => document.documentElement.dataset.ready, undefined, {
        polling: 50,
        timeout: timeoutMs,
      });
    await waitQuiet(page, 1000, 60_000);
    const results: Record<string, InteractionResult> = {};
    for (const step of steps) {
      if (isInterrupted()) break;
      const result = await measureStep(page, step);
      results[step.key] = result;
      const show = (v: number) => (v < FLOOR_MS ? `< ${FLOOR_MS} ms` : ms(v));
      console.log(
        `    ${step.label}: median ${show(result.medianMs)}, max ${show(result.maxMs)}, ` +
          `longest task ${result.longestTaskMs ? ms(result.longestTaskMs) : 'none > 50 ms'} ` +
          `(${result.reps.map((r) => r.durationMs ?? '<16').join(', ')})`,
      );
    }
    return {
      results,
      problems: [...new Set(notes.problems)].slice(0, 20),
      externalRequests: [...new Set(notes.external)],
    };
  } finally {
    await context.close();
  }
}

export type PageResult = Awaited<ReturnType<typeof measurePage>>;

export async function interactionTimings(
  appUrl: string,
  targets: DataTarget[],
  referenceUrl: string | null,
) {
  const browser = await launchBrowser();
  try {
    const app: Record<string, PageResult> = {};
    for (const target of targets) {
      console.log(`  ${target.label}:`);
      app[target.key] = await measurePage(
        browser,
        `${appUrl}${target.query}`,
        TIMELINE_SELECTOR,
        target.timeoutMs,
        APP_STEPS,
        true,
      );
    }
    let reference: PageResult | null = null;
    if (referenceUrl) {
      console.log('  reference:');
      reference = await measurePage(
        browser,
        referenceUrl,
        REFERENCE_SELECTOR,
        30_000,
        REFERENCE_STEPS,
        false,
      );
    }
    raw.interactions = {
      browser: browser.version(),
      viewport: '1280x900',
      reps: REPS,
      durationThresholdMs: FLOOR_MS,
      app,
      reference,
    };
    interactionRows(targets, app, reference);
  } finally {
    await closeBrowser(browser);
  }
}
