import { expect, test, type Page } from '@playwright/test';
import { bundled, open, resultCount, TAKEOVER, watch } from './helpers';

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

test.describe('search in any language, from a link as from typing', () => {
  const total = bundled.events.length;
  const count = async (page: Page) => (await resultCount(page).textContent()) ?? '';

  test('a shared ?q=징용 on the English page finds what typing it finds, and rows say why', async ({
    page,
  }) => {
    await open(page, '/?view=list');
    const box = page.getByRole('searchbox', { name: 'Search events' });
    await box.fill('징용');
    // every language's texts load the first time search is used; the query waits for them
    await expect(resultCount(page)).not.toHaveText(`${total} of ${total} events`, TAKEOVER);
    await expect(page.locator('.result-count')).toHaveText(/^[1-9]\d* of \d+ events$/);
    const typed = await count(page);

    await open(page, `/?view=list&q=${encodeURIComponent('징용')}`);
    await expect(resultCount(page)).toHaveText(typed);
    // the English rows show the Korean text that matched, the word marked
    const list = page.getByRole('region', { name: 'Events as a list' });
    await expect(list.locator('.list-snippet mark').first()).toHaveText('징용');
  });

  test('"whitelist", "white-list" and "white list" find the same events', async ({ page }) => {
    await open(page, '/?q=whitelist');
    const found = await count(page);
    expect(Number(found.split(' ')[0])).toBeGreaterThan(1);
    for (const variant of ['white-list', 'white list']) {
      await page.getByRole('searchbox', { name: 'Search events' }).fill(variant);
      await expect(resultCount(page)).toHaveText(found);
    }
  });

  test('typing a Korean word with an issue filter on draws the activity chart without errors', async ({
    page,
  }) => {
    const { errors } = watch(page);
    await open(page, '/?issues=export-controls');
    const box = page.getByRole('searchbox', { name: 'Search events' });
    await box.fill('징용');
    await expect(resultCount(page)).not.toHaveText(
      `${exportControls} of ${total} events`,
      TAKEOVER,
    );
    await box.fill('');
    await expect(resultCount(page)).toHaveText(
      `${exportControls} of ${bundled.events.length} events`,
    );
    await expect(page.locator('.recharts-brush-traveller').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
