import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export const bundled = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  meta: { lastUpdated: string };
  events: { id: string; title: string; issues: string[]; date: string }[];
  issues: { id: string; name: string }[];
};

/** Opens a path and waits until the app has loaded its data and is interactive. */
export async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/js-pending/);
  // the page is prerendered: wait until the app has hydrated it before acting
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
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
