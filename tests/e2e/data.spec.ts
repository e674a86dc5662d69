import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, serveJson, resultCount } from './helpers';

const dataset = () => JSON.parse(readFileSync('data/dataset.json', 'utf8'));

test('a dataset with a bad date and a duplicate id lists each problem, and the bundled data is one click away', async ({
  page,
}) => {
  const bad = dataset();
  bad.events[3].date = '2019-02-30';
  bad.events[5].id = bad.events[4].id;
  await serveJson(page, '/fixtures/bad.json', bad);
  await page.goto('/?data=/fixtures/bad.json&issues=gsomia');
  const panel = page.getByRole('alert').filter({ hasText: 'does not follow the format' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('events[3].date');
  await expect(panel).toContainText('not a valid date');
  await page.getByRole('button', { name: 'Use the bundled dataset instead' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page).not.toHaveURL(/data=/);
  await expect(page.getByRole('button', { name: /^GSOMIA/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('duplicate ids are reported with their path', async ({ page }) => {
  const bad = dataset();
  bad.events[5].id = bad.events[4].id;
  await serveJson(page, '/fixtures/dup.json', bad);
  await page.goto('/?data=/fixtures/dup.json');
  await expect(page.getByRole('alert')).toContainText('events[5].id');
  await expect(page.getByRole('alert')).toContainText('duplicate event id');
});

test('a custom dataset that is valid loads and says so', async ({ page }) => {
  const custom = dataset();
  custom.events = custom.events.slice(0, 40);
  custom.summits = [];
  // a slice of the log was not searched through the bundled data's date: it says so
  custom.meta.searchedThroughNote = 'Only the first 40 events of the bundled data.';
  for (const e of custom.events)
    e.related = e.related.filter((id: string) =>
      custom.events.some((x: { id: string }) => x.id === id),
    );
  await serveJson(page, '/fixtures/small.json', custom);
  await open(page, '/?data=/fixtures/small.json');
  await expect(page.getByText('custom dataset')).toBeVisible();
  await expect(resultCount(page)).toHaveText('40 of 40 events');
});

test('a dataset URL that answers an error, is not JSON, or is on another site says why', async ({
  page,
}) => {
  await serveJson(page, '/fixtures/missing.json', { error: 'gone' }, 404);
  await page.goto('/?data=/fixtures/missing.json');
  await expect(page.getByRole('alert')).toContainText('404');

  await serveJson(page, '/fixtures/garbage.json', '{"meta": [1, 2');
  await page.goto('/?data=/fixtures/garbage.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');

  let asked = false;
  await page.route('https://elsewhere.example/**', (route) => {
    asked = true;
    return route.abort();
  });
  await page.goto('/?data=https://elsewhere.example/data.json');
  await expect(page.getByRole('alert')).toContainText('only loaded from this site');
  expect(asked).toBe(false);
});

test('data from the file is shown as text, never as HTML, and only http(s) links are links', async ({
  page,
}) => {
  const hostile = dataset();
  const e = hostile.events.find(
    (x: { id: string }) => x.id === '2019-07-04-export-controls-take-effect',
  );
  e.title = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ‮evil‬ 🇯🇵🇰🇷';
  e.summary = `${'Very long summary without spaces '.repeat(40)}<b>bold?</b>`;
  e.sources[0].url = 'https://example.org/ok';
  e.sources.push({ ...e.sources[0], url: 'https://example.org/second' });
  hostile.issues[0].positions.japan.source.url = 'https://example.org/pos';
  // javascript: and data: URLs cannot pass the schema, so they are injected where the schema allows free text
  e.note = 'javascript:alert(1) data:text/html,<script>alert(1)</script>';
  await serveJson(page, '/fixtures/hostile.json', hostile);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await open(page, `/?data=/fixtures/hostile.json&event=${e.id}`);
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('<img src=x onerror=');
  await expect(detail).toContainText('<b>bold?</b>');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toBe(0);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
});

test('a javascript: source URL is refused by validation with its path', async ({ page }) => {
  const bad = dataset();
  bad.events[0].sources[0].url = 'javascript:alert(1)';
  await serveJson(page, '/fixtures/js.json', bad);
  await page.goto('/?data=/fixtures/js.json');
  await expect(page.getByRole('alert')).toContainText('events[0].sources[0].url');
  await expect(page.getByRole('alert')).toContainText('https://');
});
