import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export const bundled = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  meta: { lastUpdated: string };
  events: { id: string; title: string; issues: string[]; date: string }[];
  issues: { id: string; name: string }[];
};

/**
 * The longest the app may take to take over a page on a loaded machine. Hydrating the
 * header, the filters and the panels, each from a chunk of its own, took 4–6 s on this 2-core
 * machine with other work running (measured with the Playwright probe in the README), more
 * than the 5 s expect() allows by default: that wait, not the app, failed phone.spec.ts and
 * filters.spec.ts under load. It bounds a wait for a state: each wait ends when it is met.
 */
export const TAKEOVER = { timeout: 20_000 };

/**
 * Waits for what a reader waits for: the timeline on the screen (a view other than the
 * prerendered one stays hidden until the app has drawn it), then for the app to have taken
 * the page over (`<html data-ready>`), so that a click acts on a control, not static markup.
 */
export async function appReady(page: Page) {
  // the timeline's heading (or an embed's headline), in whichever language the page is
  await expect(
    page.locator('#timeline-heading, main.embed h1').filter({ visible: true }).first(),
  ).toBeVisible(TAKEOVER);
  await expect(page.locator('html')).not.toHaveClass(/js-pending/, TAKEOVER);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', TAKEOVER);
}

/** Opens a path and waits until the timeline shows and answers (see appReady). */
export async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible(TAKEOVER);
  await appReady(page);
}

/** Serves `body` as JSON at a same-origin path, so ?data= can load it. */
export async function serveJson(page: Page, path: string, body: unknown, status = 200) {
  // match the path itself, not a page URL that merely ends with ?data=<path>
  await page.route(
    (url) => url.pathname === path,
    (route) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  );
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Collects console errors and requests that leave localhost. */
export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  return { errors, foreign };
}

/** The visible "N of M events" line (the live region repeats it for screen readers). */
export function resultCount(page: Page) {
  return page.getByRole('region', { name: 'Filters' }).locator('.result-count strong');
}

/**
 * Brings each part of the page into view in turn, as a reader scrolling down would, so that
 * content-visibility lays every panel out, and waits until every chart drawn on approach has
 * replaced its placeholder. A handful of scrolls that each wait for the page, rather than a
 * scroll per 600 px in one script (which outran a loaded machine: CI timed out in it).
 */
export async function scrollThrough(page: Page) {
  // (the filters' section is folded into a button on phones)
  const parts = page.locator('main section[aria-labelledby]').filter({ visible: true });
  const count = await parts.count();
  for (let i = 0; i < count; i++) await parts.nth(i).scrollIntoViewIfNeeded();
  // a chart scrolled past before its observer ran is brought back into view and waited for
  // (found and taken in one step: a placeholder may go between a count and a look at it)
  for (;;) {
    const handle = await page.evaluateHandle(
      () => document.querySelector('.chart-placeholder')?.parentElement ?? null,
    );
    const box = handle.asElement();
    if (!box) break;
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction((b) => !b.querySelector('.chart-placeholder'), box);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
