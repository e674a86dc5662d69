import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

async function tabUntil(page: Page, matches: () => Promise<boolean>, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error('never reached the element by Tab');
}

test('a student filters to one issue, reads its events in order and opens their sources by keyboard alone', async ({
  page,
}) => {
  await open(page, '/?view=list');
  // the issue toggle
  await tabUntil(page, async () =>
    (await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('GSOMIA'),
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/issues=gsomia/);
  // into the list: one tab stop, then arrow keys
  await tabUntil(page, async () =>
    page.evaluate(() => !!document.activeElement?.closest('.event-list')),
  );
  const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(second).not.toEqual(first);
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toEqual(first);
  // open it
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog');
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/event=/);
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  // reach a source link by Tab
  await tabUntil(page, async () =>
    page.evaluate(() => !!document.activeElement?.closest('.sources a')),
  );
  const link = page.locator(':focus');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('href', /^https:\/\//);
  // Escape closes and gives focus back to the row that opened it
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toEqual(first);
});

test('markers in the lanes are reachable by Tab and arrow keys, and Enter opens the event', async ({
  page,
}) => {
  await open(page);
  await tabUntil(page, async () =>
    page.evaluate(() => !!document.activeElement?.classList.contains('marker')),
  );
  const start = await page.evaluate(() => document.activeElement?.getAttribute('title'));
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => document.activeElement?.getAttribute('title'));
  expect(next).not.toEqual(start);
  await page.keyboard.press('ArrowDown');
  expect(
    await page.evaluate(() =>
      document.activeElement?.closest('[data-lane]')?.getAttribute('data-lane'),
    ),
  ).not.toBe('0');
  // find a single event (not a cluster) and open it
  for (let i = 0; i < 30; i++) {
    const label = (await page.evaluate(() => document.activeElement?.getAttribute('title'))) ?? '';
    if (!label.includes('zoom in')) break;
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(':focus')).toHaveClass(/marker/);
});

test('?event= opens the event from a link', async ({ page }) => {
  await open(page, '/?event=2019-07-04-export-controls-take-effect');
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(/export/i);
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(detail.locator('.sources a').first()).toHaveAttribute('rel', 'noopener noreferrer');
});
