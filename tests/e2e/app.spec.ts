import { expect, test } from '@playwright/test';
import { bundled, expectNoAxeViolations, open, watch, resultCount } from './helpers';

test('the default view paints from the prerendered page, with every region named', async ({
  page,
}) => {
  const seen = watch(page);
  await open(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Japan–South Korea Dispute Tracker' }),
  ).toBeVisible();
  for (const name of [
    'Timeline',
    'Filters',
    'Issue tracker',
    'Summit conditions',
    'Relations barometer',
  ]) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  await expect(resultCount(page)).toHaveText(
    `${bundled.events.length} of ${bundled.events.length} events`,
  );
  // the header dates the data by its latest event, by the day reports were searched through
  // (nothing recorded after it) and by the last check of its sources
  await expect(page.getByRole('banner')).toContainText(
    /Latest event: \d{1,2} \w{3} \d{4} · No events recorded after \d{1,2} \w{3} \d{4} · Sources checked: \d{1,2} \w{3} \d{4}/,
  );
  // the barometer chart loads when scrolled to, and draws a line
  await page.getByRole('region', { name: 'Relations barometer' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.barometer .recharts-line-curve').first()).toBeVisible();
  // one dot per month with landmark events, and the months after the data drawn as a gap
  await expect(page.locator('.barometer .landmark-dot').first()).toBeVisible();
  await expect(page.locator('.barometer')).toContainText('no record');
  await expect(page.getByRole('region', { name: 'Relations barometer' })).toContainText(
    /Each measure is weighed once.*weighing every event/,
  );
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the built page carries a strict Content-Security-Policy and runs under it', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  expect(csp).toContain("connect-src 'self'");
  expect(html).toContain('data-prerendered="default"');
  const seen = watch(page);
  await open(page);
  await page.getByRole('button', { name: /^Export controls/ }).click();
  expect(seen.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violations, in light and dark', async ({ page }) => {
  await open(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('the theme choice survives a reload; corrupt stored preferences fall back to defaults', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Theme').selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.evaluate(() => localStorage.setItem('jk-tracker:preferences', '{not json'));
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('below 700 px the timeline becomes a list grouped by year and month, and the filters fold into a button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.locator('.lanes')).toBeHidden();
  // the list is the only view on a phone: the Lanes / List switch is not shown
  await expect(timeline.getByRole('group', { name: 'Timeline layout' })).toBeHidden();
  await expect(timeline.getByRole('region', { name: 'Events as a list' })).toBeVisible();
  // newest first: the list opens at the cursor (issue #21)
  const newestYear = bundled.events
    .map((e) => e.date)
    .filter((d) => d <= bundled.meta.lastUpdated)
    .sort()
    .at(-1)!
    .slice(0, 4);
  await expect(timeline.getByRole('heading', { level: 3, name: newestYear })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
