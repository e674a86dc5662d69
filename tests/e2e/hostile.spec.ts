/**
 * Hostile input on the built app, one journey per finding of issue #25 (the barometer's
 * landmarks and the SVG's characters are checked with those features), and the headers.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, serveJson, watch } from './helpers';

// a ?data= file goes through the worker's checks: on a busy machine that takes seconds
const expect = baseExpect.configure({ timeout: 30_000 });
test.slow();

/** Opens a path and waits until the app has loaded its data and is interactive. */
async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

const dataset = () => JSON.parse(readFileSync('data/dataset.json', 'utf8'));

/** Records every request the page (and its worker) sends. */
function requests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the server sends the CSP with frame-ancestors, nosniff and a referrer policy', async ({
  request,
}) => {
  for (const path of ['/', '/ja.html', '/data/dataset.json']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self' https:");
    expect(headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  }
});

test('finding 2: a title that is a formula reaches the CSV as text', async ({ page }) => {
  const custom = dataset();
  custom.events[0].title = '=HYPERLINK("http://x","y")';
  await serveJson(page, '/fixtures/formula.json', custom);
  await open(page, `/?data=/fixtures/formula.json&event=${custom.events[0].id}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
});

test('finding 3: ?data= behind a redirect is refused, and nothing is asked of the other origin', async ({
  page,
}) => {
  const sent = requests(page);
  await page.route(
    (url) => url.pathname === '/go',
    (route) =>
      route.fulfill({ status: 302, headers: { location: 'http://127.0.0.1:9/x.json' }, body: '' }),
  );
  await page.goto('/?data=go%3Fto%3Dhttp%3A%2F%2F127.0.0.1%3A9%2Fx.json');
  const panel = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(panel).toContainText('redirected');
  expect(sent.filter((u) => u.startsWith('http://127.0.0.1:9'))).toEqual([]);
});

test('finding 4: a page served at //evil.example/ keeps its language switch on this site', async ({
  page,
  baseURL,
}) => {
  const { foreign } = watch(page);
  await page.goto(`${baseURL}//evil.example/?lang=ja`);
  await expect(page.locator('#root')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(foreign).toEqual([]);
});

test.describe('a Japanese browser on a fallback path', () => {
  test.use({ locale: 'ja-JP' });
  test('finding 4: no redirect off the site, and no loop', async ({ page, baseURL }) => {
    const { foreign } = watch(page);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    await page.goto(`${baseURL}//evil.example/`);
    await expect(page.locator('#root')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(foreign).toEqual([]);
    expect(navigations.length).toBeLessThan(4);
  });
});

test('finding 5: a last update in year 9999 is refused with the years allowed', async ({
  page,
}) => {
  const custom = dataset();
  custom.meta.lastUpdated = '9999-12-31';
  await serveJson(page, '/fixtures/far.json', custom);
  await page.goto('/?data=/fixtures/far.json');
  const panel = page.getByRole('alert').filter({ hasText: 'does not follow the format' });
  await expect(panel).toContainText('meta.lastUpdated');
  await expect(panel).toContainText('the year must be between 1800 and 2200');
});

test('finding 7: a Shift_JIS file is refused with a message naming the encoding', async ({
  page,
}) => {
  const text = JSON.stringify(dataset()).replace('"title":"', '"title":"TITLE');
  const [before, after] = text.split('TITLE');
  const body = Buffer.concat([
    Buffer.from(before!),
    Buffer.from([0x93, 0xfa, 0x8a, 0xd8]), // 日韓 in Shift_JIS
    Buffer.from(after!),
  ]);
  await page.route(
    (url) => url.pathname === '/fixtures/sjis.json',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/?data=/fixtures/sjis.json');
  const panel = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(panel).toContainText('not UTF-8');
  await expect(panel).toContainText('Shift_JIS');
});

test('finding 8: 15,000 commas in ?issues= give one notice; bad lang, title and embed leave the URL', async ({
  page,
}) => {
  await open(page, `/?issues=${','.repeat(15_000)}&lang=xx&title=Mine&asOf=2020-10-27`);
  const notices = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(notices.getByRole('listitem')).toHaveCount(2); // issues, and lang
  await expect(notices).toContainText('and 15,000 more');
  await expect(page).toHaveURL(/\?asOf=2020-10-27$/);
});

test('finding 8: a failed export-tools chunk leaves the timeline, and Try again brings them', async ({
  page,
}) => {
  await page.route(/\/assets\/ExportBar-[^/]+\.js$/, (route) => route.abort());
  await open(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('alert')).toContainText('This part could not be loaded');
  await expect(page.locator('.lanes .marker').first()).toBeVisible();
  await page.unroute(/\/assets\/ExportBar-[^/]+\.js$/);
  await timeline.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
});

test('finding 8: a failed bundled dataset keeps the page readable and offers another try', async ({
  page,
}) => {
  let fail = true;
  await page.route(
    (url) => url.pathname.endsWith('/data/dataset.json'),
    (route) => (fail ? route.abort() : route.fallback()),
  );
  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: 'The events could not be loaded' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('.event-list .list-event, .lanes .marker').first()).toBeAttached();
  await expectNoAxeViolations(page);
  fail = false;
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
});

test('finding 8: "Full dataset" downloads the ?data= dataset that is shown', async ({ page }) => {
  const custom = dataset();
  custom.meta.title = 'My own dataset';
  custom.events[0].title = 'An event of my own';
  await serveJson(page, '/fixtures/mine.json', custom);
  await open(page, '/?data=/fixtures/mine.json');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Full dataset (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mine.json');
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(saved.meta.title).toBe('My own dataset');
  expect(saved.events[0].title).toBe('An event of my own');
});
