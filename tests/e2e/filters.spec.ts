import { expect, test } from '@playwright/test';
import { bundled, open, resultCount } from './helpers';

const exportControls = bundled.events.filter((e) => e.issues.includes('export-controls')).length;

test('filtering by issue is in the URL, survives a reload and steps back with the back button', async ({
  page,
}) => {
  await open(page);
  const total = bundled.events.length;
  await page.getByRole('button', { name: /^Export controls/ }).click();
  await expect(page.getByRole('button', { name: /^Export controls/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(resultCount(page)).toHaveText(`${exportControls} of ${total} events`);
  await expect(page).toHaveURL(/issues=export-controls/);
  await page.reload();
  await expect(resultCount(page)).toHaveText(`${exportControls} of ${total} events`);
  await expect(page.getByRole('button', { name: /^Export controls/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(resultCount(page)).toHaveText(`${total} of ${total} events`);
  await page.goForward();
  await expect(resultCount(page)).toHaveText(`${exportControls} of ${total} events`);
});

test('search matches titles accent- and case-insensitively, highlights the match and announces the count', async ({
  page,
}) => {
  await open(page, '/?view=list');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('TAKIZAKI');
  const list = page.getByRole('region', { name: 'Events as a list' });
  await expect(list.locator('mark').first()).toHaveText(/takizaki/i);
  await expect(page.getByRole('status').filter({ hasText: /of \d+ events/ })).toHaveText(
    /^\d+ of \d+ events/,
  );
  await expect(page).toHaveURL(/q=TAKIZAKI/);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
});

test('a shared link reopens the same view; a malformed parameter is ignored with a notice', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await open(page, '/?issues=gsomia&asOf=2019-13-45&view=list');
  await expect(page.getByRole('button', { name: /^GSOMIA/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('asOf');
  expect(warnings.join('\n')).toContain('asOf');
  await expect(page).not.toHaveURL(/asOf/);
});

test('actors, kinds and dates filter too, and the date range is written to the URL', async ({
  page,
}) => {
  await open(page);
  await page.locator('summary', { hasText: 'Kinds' }).click();
  await page.getByRole('checkbox', { name: 'ruling' }).check();
  await expect(page).toHaveURL(/kinds=ruling/);
  await page.getByLabel('From', { exact: true }).fill('2018-01-01');
  await page.getByLabel('To', { exact: true }).fill('2018-12-31');
  await expect(page).toHaveURL(/from=2018-01-01&to=2018-12-31/);
  // the count follows the URL a frame later: wait for it rather than read it once (racy under load)
  const matching = async () =>
    Number((await page.locator('.result-count strong').innerText()).split(' ')[0]);
  await expect.poll(matching).toBeLessThan(10);
  expect(await matching()).toBeGreaterThan(0);
});
