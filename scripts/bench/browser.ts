/**
 * The Chromium that Playwright drives for the paint and interaction figures: the system's
 * browser, resolving no host but localhost; each page in a fresh context, with its errors
 * and any request to another origin noted.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { forget, onCleanup, stopIfInterrupted } from './cleanup';
import { chromeFlags, chromePath, VIEWPORT } from './common';
import { pageProbe } from './page-probe';

export async function launchBrowser(): Promise<Browser> {
  stopIfInterrupted();
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    // our handler closes the browser along with everything else, then exits
    handleSIGINT: false,
    handleSIGTERM: false,
    args: chromeFlags.filter((f) => !f.startsWith('--headless')),
  });
  onCleanup('playwright chromium', () => browser.close());
  return browser;
}

export async function closeBrowser(browser: Browser) {
  await browser.close();
  forget('playwright chromium');
}

/** What went wrong on a page, and the requests it made to other sites (none should be). */
export interface PageNotes {
  problems: string[];
  external: string[];
}

export const newNotes = (): PageNotes => ({ problems: [], external: [] });

const isLocal = (url: string) =>
  /^(data|blob|about|chrome|devtools):/.test(url) ||
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url);

/** A fresh context and page at the bench's viewport, with the probe installed. */
export async function openPage(
  browser: Browser,
  selector: string,
  notes: PageNotes,
): Promise<{ context: BrowserContext; page: Page; crashed: Promise<never> }> {
  stopIfInterrupted();
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => notes.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') notes.problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!isLocal(request.url())) notes.external.push(request.url());
  });
  const crashed = new Promise<never>((_, reject) =>
    page.once('crash', () => reject(new Error('the page crashed'))),
  );
  crashed.catch(() => undefined);
  await page.addInitScript(pageProbe(selector));
  return { context, page, crashed };
}

/** Waits until the probe has seen the timeline; returns performance.now() at that frame. */
export async function timelineShown(
  page: Page,
  crashed: Promise<never>,
  timeoutMs: number,
): Promise<number> {
  const handle = await Promise.race([
    page.waitForFunction(
      () => (window as unknown as { __bench?: { timeline: number | null } }).__bench?.timeline,
      undefined,
      { polling: 100, timeout: timeoutMs },
    ),
    crashed,
  ]);
  return (await handle.jsonValue()) as number;
}

/** What the page shows, for an error message when the timeline never appeared. */
export function pageState(page: Page): Promise<string> {
  return Promise.race([
    page.evaluate(
      () =>
        `probe timeline ${JSON.stringify((window as unknown as { __bench?: { timeline: unknown } }).__bench?.timeline)}; ` +
        `page text: ${document.body?.innerText.replace(/\s+/g, ' ').slice(0, 300)}`,
    ),
    new Promise<string>((r) => setTimeout(() => r('page state unavailable (no answer)'), 10_000)),
  ]).catch((e: unknown) => `page state unavailable (${String(e)})`);
}
