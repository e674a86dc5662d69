import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { bundled, open } from './helpers';

function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('PNG export is a valid 2× image at the preset width', async ({ page }) => {
  await open(page, '/?issues=export-controls,white-list');
  await page.getByLabel('Size').selectOption('600');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /PNG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const size = pngSize(readFileSync((await download.path())!));
  expect(size.width).toBe(1200);
  expect(size.height).toBeGreaterThan(300);
});

test('the social card is 1200×675 (2400×1350 at 2×)', async ({ page }) => {
  await open(page);
  await page.getByLabel('Size').selectOption('social');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /PNG/ }).click(),
  ]);
  expect(pngSize(readFileSync((await download.path())!))).toEqual({ width: 2400, height: 1350 });
});

test('SVG export holds the title, the filters in words, the credit line and the permalink', async ({
  page,
}) => {
  await open(page, '/?issues=gsomia');
  await page.getByLabel('Image title').fill('GSOMIA in the dispute');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg.slice(0, 40)).toMatch(/^<\?xml/);
  expect(svg).toContain('<foreignObject');
  expect(svg).toContain('width="800"');
  expect(svg).toContain('GSOMIA in the dispute');
  expect(svg).toContain('Issues: GSOMIA');
  expect(svg).toContain('sources cited for every event');
  expect(svg).toContain('issues=gsomia');
});

test('CSV parses back to the events in view, with a BOM and the sources', async ({ page }) => {
  await open(page, '/?issues=wto');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /CSV/ }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  const expected = bundled.events.filter((e) => e.issues.includes('wto'));
  expect(parsed.data.map((r) => r.id)).toEqual(expected.map((e) => e.id));
  expect(parsed.data[0]!.source_urls).toMatch(/^https:\/\//);
  expect(parsed.data[0]!.title).toBe(expected[0]!.title);
});

test('JSON download holds the events in view and the permalink', async ({ page }) => {
  await open(page, '/?issues=gsomia');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download JSON/ }).click(),
  ]);
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(json.events.length).toBe(bundled.events.filter((e) => e.issues.includes('gsomia')).length);
  expect(json.view.permalink).toContain('issues=gsomia');
});

test('the embed renders the card alone and posts its height to the host page', async ({
  page,
  baseURL,
}) => {
  // a host page on the same server (Chromium blocks a public page from framing localhost)
  await page.route(
    (url) => url.pathname === '/host.html',
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body>
    <iframe id="f" src="${baseURL}/?embed=1&issues=gsomia" title="Timeline" style="width:700px;height:100px;border:0"></iframe>
    <script>window.heights=[];addEventListener('message',e=>{if(e.data&&e.data.type==='jk-tracker:height'){heights.push(e.data.height);document.getElementById('f').style.height=e.data.height+'px'}})</script>
  </body></html>`,
      }),
  );
  await page.goto('/host.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
    .toBeGreaterThan(0);
  const height = await page.evaluate(() =>
    Math.max(...(window as unknown as { heights: number[] }).heights),
  );
  expect(height).toBeGreaterThan(200);
  const frame = page.frameLocator('#f');
  await expect(frame.getByText(/sources cited for every event/)).toBeVisible();
  // the same labelled timeline as the page: GSOMIA's key events named in words
  await expect(
    frame.locator('.mark-label', { hasText: 'Seoul says it will end GSOMIA' }),
  ).toBeVisible();
  await expect(frame.getByRole('link', { name: /full view/i })).toHaveAttribute(
    'href',
    /issues=gsomia/,
  );
  await expect(frame.getByRole('searchbox')).toHaveCount(0);
});

test('the embed dialog gives an iframe snippet with title and aria-label, and the plain link', async ({
  page,
}) => {
  await open(page, '/?issues=wto');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByLabel(/Embed code/).inputValue();
  expect(code).toMatch(/<iframe src="http:\/\/localhost:\d+\/\?[^"]*embed=1/);
  expect(code).toContain('title="');
  expect(code).toContain('aria-label="');
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(/issues=wto/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('printing shows the filtered events as a dated list with sources, without the controls', async ({
  page,
}) => {
  await open(page, '/?issues=gsomia');
  // what a browser does when the user prints
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-list')).toBeVisible();
  await expect(page.locator('.print-list > ol > li')).toHaveCount(
    bundled.events.filter((e) => e.issues.includes('gsomia')).length,
  );
  await expect(page.locator('.print-list .sources a').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
});

test('print media alone (no beforeprint event) also lays out the print list', async ({ page }) => {
  await open(page, '/?issues=wto');
  await expect(page.locator('.print-list')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-list > ol > li')).toHaveCount(
    bundled.events.filter((e) => e.issues.includes('wto')).length,
  );
});
