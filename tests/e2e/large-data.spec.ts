import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../../scripts/gen-stress';
import { expectNoAxeViolations, resultCount, watch } from './helpers';

// 100,000 generated events (plus the real summit events), written where `vite preview`
// serves them: a real same-origin file, streamed with its length, as a deployment would.
const EVENTS = 100_000;
let dir = '';
let total = 0;

test.beforeAll(() => {
  const testInfo = test.info();
  testInfo.setTimeout(120_000);
  // one folder per test worker: files in a parallel run never collide
  dir = `e2e-large-${testInfo.workerIndex}`;
  mkdirSync(join('dist', dir), { recursive: true });
  const dataset = generateDataset(EVENTS, 1);
  total = dataset.events.length;
  writeFileSync(join('dist', dir, 'stress.json'), JSON.stringify(dataset));
  const broken = dataset as unknown as { events: Record<string, unknown>[] };
  for (const event of broken.events) {
    delete event.date;
    delete event.title;
    delete event.sources;
  }
  writeFileSync(join('dist', dir, 'broken.json'), JSON.stringify(broken));
});

test.afterAll(() => {
  if (dir) rmSync(join('dist', dir), { recursive: true, force: true });
});

const count = (n: number) => n.toLocaleString('en-GB');
const progress = (page: Page, name: RegExp) => page.getByRole('progressbar', { name });

test('a 100,000-event dataset loads in a worker, showing its progress, then the timeline', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = watch(page);
  await page.goto(`/?data=./${dir}/stress.json&view=list`);
  await expect(progress(page, /^Loading dataset/)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(1);
  // events are checked while the file is still arriving
  await expect(
    progress(page, /^Loading dataset: [\d.]+ (of [\d.]+ )?MB — [\d,]+ events checked$/),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible({ timeout: 60_000 });
  await expect(resultCount(page)).toHaveText(`${total} of ${total} events`);
  await expect(page.getByText('custom dataset')).toBeVisible();
  await expect(timeline.locator('.list-event').first()).toBeVisible();
  // the worker has finished and is gone; nothing broke the page's CSP or left this origin
  await expect.poll(() => page.workers().length).toBe(0);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a broken 100,000-event file gets its problems counted by kind, the first 200 listed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = watch(page);
  await page.goto(`/?data=./${dir}/broken.json&issues=gsomia`);
  const panel = page.getByRole('alert').filter({ hasText: 'does not follow the format' });
  await expect(panel).toBeVisible({ timeout: 60_000 });
  await expect(panel).toContainText(`${count(3 * total)} problems were found`);
  const kinds = panel.getByRole('list', { name: 'Problems by kind' });
  const lines = await kinds.getByRole('listitem').allTextContents();
  for (const field of ['date', 'title', 'sources'])
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^events\\[\\*\\]\\.${field}: .+ — ${count(total)} events$`),
      ),
    );
  await expect(
    panel.getByRole('list', { name: 'The first 200' }).getByRole('listitem'),
  ).toHaveCount(200);
  await expectNoAxeViolations(page);
  expect(seen.errors).toEqual([]);

  await panel.getByRole('button', { name: 'Use the bundled dataset instead' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page).not.toHaveURL(/data=/);
  await expect(page).toHaveURL(/issues=gsomia/);
});

test('Cancel stops the worker and offers the bundled dataset, keeping the other choices', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`/?data=./${dir}/stress.json&issues=gsomia&asOf=2020-10-27`);
  await expect(progress(page, /^(Loading dataset|Reading|Checking)/)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const heading = page.getByRole('heading', { name: 'Loading was cancelled' });
  await expect(heading).toBeFocused();
  await expect(page.getByText(`Nothing from ./${dir}/stress.json is shown.`)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Use the bundled dataset instead' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page).not.toHaveURL(/data=/);
  await expect(page).toHaveURL(/issues=gsomia/);
  await expect(page).toHaveURL(/asOf=2020-10-27/);
});

test('the page lets its own worker run and no other origin in', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("worker-src 'self'");
  expect(csp).not.toMatch(/https?:|\*/);
});
