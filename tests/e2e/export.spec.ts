import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bundled, expectNoAxeViolations, open } from './helpers';

function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('PNG export is a valid 2× image at the preset width, named for its size', async ({ page }) => {
  await open(page, '/?issues=export-controls,white-list');
  await page.getByLabel('Size').selectOption('600');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /PNG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-600\.png$/);
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

test('SVG export is a drawing that holds the headline, the filters in words, the credit line and the permalink', async ({
  page,
}) => {
  await open(page, '/?issues=gsomia');
  // the default headline says what the filters show, not the product's name
  await expect(page.getByLabel('Headline')).toHaveValue(/^GSOMIA, 20\d\d–20\d\d$/);
  await page.getByLabel('Headline').fill('GSOMIA in the dispute');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gsomia-in-the-dispute-.*-800\.svg$/);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg.slice(0, 40)).toMatch(/^<\?xml/);
  expect(svg).not.toContain('foreignObject');
  expect(svg).toMatch(/<text[^>]*>Seoul says it will end GSOMIA/);
  expect(svg).toContain('width="800"');
  expect(svg).toContain('GSOMIA in the dispute');
  expect(svg).toContain('Issues: GSOMIA');
  expect(svg).toContain('sources cited for every event');
  expect(svg).toContain('issues=gsomia');
});

/** Where the SVG draws a text: the x where its words start, and its baseline. */
function textAt(svg: string, text: string): { x: number; y: number } {
  const m = new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)"([^>]*)>${text}`).exec(svg);
  expect(m, `"${text}" drawn as <text>`).not.toBeNull();
  // a label left of its marker is tied to it by its end: its words start some way left
  const end = m![3]!.includes('text-anchor="end"');
  return { x: Number(m![1]) - (end ? 80 : 0), y: Number(m![2]) };
}

/** How many pixels in a box of a PNG are darker than the white ground (decoded by the browser). */
async function inkIn(page: Page, png: Buffer, box: { x: number; y: number; w: number; h: number }) {
  return page.evaluate(
    async ({ src, box }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(box.x, box.y, box.w, box.h).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
      return ink;
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, box },
  );
}

test('the social card SVG names the turning points, and librsvg draws its labels and markers', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Size').selectOption('social');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-social\.svg$/);
  const path = (await download.path())!;
  const svg = readFileSync(path, 'utf8');
  expect(svg.length).toBeLessThan(400_000);
  expect(svg).toContain('width="1200" height="675"');
  // rendered as a graphics desk's tools would, by librsvg (Debian librsvg2-bin)
  const png = execFileSync('rsvg-convert', ['--format=png', path]);
  expect(png.readUInt32BE(16)).toBe(1200);
  for (const label of [
    'Supreme Court orders Nippon Steel to pay',
    'Japan announces curbs on chip materials',
    'Tokyo drops Korea from its white list',
    'Seoul says it will end GSOMIA',
    'Seoul announces third-party payment plan',
  ]) {
    const at = textAt(svg, label);
    expect(at.y, `${label} inside the card`).toBeLessThan(675);
    const ink = await inkIn(page, png, {
      x: Math.round(at.x),
      y: Math.round(at.y) - 9,
      w: 80,
      h: 10,
    });
    expect(ink, `ink where "${label}" is drawn`).toBeGreaterThan(40);
  }
  // a marker in an issue's colour (the legend's first circle is an open one)
  const circle = /<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="#(?!ffffff)/.exec(svg)!;
  const ink = await inkIn(page, png, {
    x: Math.round(+circle[1]!) - 2,
    y: Math.round(+circle[2]!) - 2,
    w: 4,
    h: 4,
  });
  expect(ink, 'a marker drawn').toBeGreaterThan(8);
  // a blank page of the same size has no ink there
  const blank = execFileSync('rsvg-convert', ['--format=png'], {
    input:
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#fff"/></svg>',
  });
  expect(await inkIn(page, blank, { x: 0, y: 0, w: 1200, h: 675 })).toBe(0);
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

test('at a past cursor the CSV holds the events known that day, as told then', async ({ page }) => {
  await open(page, '/?issues=white-list&asOf=2019-08-10&view=list');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toContain('2019-08-10');
  const rows = Papa.parse<Record<string, string>>(
    readFileSync((await download.path())!, 'utf8').slice(1),
    { header: true, skipEmptyLines: true },
  ).data;
  // as many rows as the list shows, and no later event, status or report
  await expect(page.locator('.event-list .list-event')).toHaveCount(rows.length);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(
    bundled.events.filter((e) => e.issues.includes('white-list')).length,
  );
  for (const row of rows) {
    expect(row.date! <= '2019-08-10', row.id).toBe(true);
    for (const cell of [row.status, row.sources])
      for (const [date] of cell!.matchAll(/\d{4}-\d{2}-\d{2}/g))
        expect(date <= '2019-08-10', `${row.id}: ${date}`).toBe(true);
  }
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

/**
 * A host page on the same server (Chromium blocks a public page from framing localhost)
 * that embeds `query` in an iframe `width` px wide, sizes it to every height the embed posts,
 * and keeps those heights.
 */
async function openEmbedHost(
  page: Page,
  baseURL: string | undefined,
  query: string,
  width: number,
) {
  await page.route(
    (url) => url.pathname === '/host.html',
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body style="margin:0">
    <iframe id="f" src="${baseURL}/${query}" title="Timeline" style="width:${width}px;height:100px;border:0"></iframe>
    <script>window.heights=[];addEventListener('message',e=>{if(e.data&&e.data.type==='jk-tracker:height'){heights.push(e.data.height);document.getElementById('f').style.height=e.data.height+'px'}})</script>
  </body></html>`,
      }),
  );
  await page.goto('/host.html');
  return {
    frame: page.frameLocator('#f'),
    heights: () => page.evaluate(() => (window as unknown as { heights: number[] }).heights),
  };
}

test('the embed renders the card alone and posts its height to the host page', async ({
  page,
  baseURL,
}) => {
  const { frame, heights } = await openEmbedHost(page, baseURL, '?embed=1&issues=gsomia', 700);
  await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
  expect(Math.max(...(await heights()))).toBeGreaterThan(200);
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

test('at phone width an embed of one issue lists its events by name, headed by the issue, and posts its height', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 420, height: 800 });
  const { frame, heights } = await openEmbedHost(page, baseURL, '?embed=1&issues=gsomia', 390);
  await expect(frame.getByRole('heading', { level: 1, name: 'GSOMIA' })).toBeVisible();
  const list = frame.getByRole('region', { name: /^Events/ });
  await expect(list.getByRole('button', { name: /Korea decides to end the GSOMIA/ })).toBeVisible();
  const names = await list.getByRole('listitem').count();
  expect(names).toBe(bundled.events.filter((e) => e.issues.includes('gsomia')).length);
  // no lanes of unlabelled circles, no desktop keyboard hints
  await expect(frame.locator('.marker')).toHaveCount(0);
  await expect(frame.locator('.hint')).toHaveCount(0);
  await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
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

test('after a zoom the image draws the span on screen, and the whole span on request', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const note = page.getByText(/^The image shows the span on screen: /);
  await expect(note).toBeVisible();
  const [, from, to] = /: (.+) to (.+)\.$/.exec((await note.textContent())!)!;
  const [start, end] = [Date.parse(`${from!} UTC`), Date.parse(`${to!} UTC`)];
  expect(end - start).toBeLessThan(4 * 365 * 86_400_000);

  await page.getByLabel('Size').selectOption('1200');
  const yearTicks = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /SVG/ }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    // the axis' year ticks are its bold ones
    return [...svg.matchAll(/<text [^>]*font-weight="600"[^>]*>(\d{4})<\/text>/g)].map((m) =>
      Number(m[1]),
    );
  };
  const zoomed = await yearTicks();
  expect(zoomed.length).toBeGreaterThan(0);
  for (const year of zoomed) {
    const jan1 = Date.UTC(year, 0, 1);
    expect(jan1, `${year} within ${from} – ${to}`).toBeGreaterThanOrEqual(start - 86_400_000);
    expect(jan1).toBeLessThanOrEqual(end + 86_400_000);
  }
  // the headline names the years on screen too
  const headline = await page.getByLabel('Headline').inputValue();
  expect(headline).not.toMatch(/2018–2026/);

  await page.getByLabel('Draw the whole span instead').check();
  const whole = await yearTicks();
  expect(whole).toContain(2018);
  expect(whole.length).toBeGreaterThan(zoomed.length);
  await expect(page.getByLabel('Headline')).toHaveValue(/2018–2026$/);
  await page.getByLabel('Draw the whole span instead').uncheck();
  await expect(note).toBeVisible();
  await expectNoAxeViolations(page);
});
