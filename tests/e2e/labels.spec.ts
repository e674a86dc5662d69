import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, expectNoAxeViolations, open } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every label on the lanes with its box, and the boxes it must keep clear of. */
async function laneBoxes(page: Page) {
  return page.locator('.timeline .lanes').evaluate((root) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const labels = [...root.querySelectorAll('.mark-label')].map((el) => ({
      text: el.textContent ?? '',
      box: box(el),
      truncated: (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1,
    }));
    return {
      labels,
      markers: [...root.querySelectorAll('.marker')].map(box),
      ticks: [...root.querySelectorAll('.tick')].map(box),
      cursor: [...root.querySelectorAll('.cursor-label')].map(box),
    };
  });
}

/** No label is cut off, and none covers another label, a marker, a tick or the cursor. */
function expectClear({ labels, markers, ticks, cursor }: Awaited<ReturnType<typeof laneBoxes>>) {
  for (const [i, l] of labels.entries()) {
    expect(l.truncated, `“${l.text}” is cut off`).toBe(false);
    for (const other of labels.slice(i + 1))
      expect(overlap(l.box, other.box), `“${l.text}” overlaps “${other.text}”`).toBe(false);
    for (const m of [...markers, ...ticks, ...cursor])
      expect(overlap(l.box, m), `“${l.text}” overlaps a marker, tick or the cursor`).toBe(false);
  }
}

for (const width of [1280, 1600]) {
  test(`at ${width} px the default view names the key events, none overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const { labels, markers, ticks, cursor } = await laneBoxes(page);
    const texts = labels.map((l) => l.text);
    expect(labels.length).toBeGreaterThanOrEqual(15);
    expect(texts.some((t) => t.startsWith('Supreme Court orders Nippon Steel to pay'))).toBe(true);
    expectClear({ labels, markers, ticks, cursor });
  });
}

for (const lang of ['ja', 'ko'] as const) {
  test(`the ${lang} page names the key events in ${lang}, none overlapping, none cut off`, async ({
    page,
  }) => {
    const translation = JSON.parse(readFileSync(`data/translations/${lang}.json`, 'utf8'));
    const ruling = translation.events['2018-10-30-supreme-court-rules-against-nssm'].label;
    await page.goto(`/${lang}.html`);
    await appReady(page);
    const { labels, markers, ticks, cursor } = await laneBoxes(page);
    const texts = labels.map((l) => l.text);
    expect(labels.length).toBeGreaterThanOrEqual(15);
    expect(texts.some((t) => t.startsWith(ruling))).toBe(true);
    expectClear({ labels, markers, ticks, cursor });
  });
}

test('opening a cluster zooms in and names more of its events', async ({ page }) => {
  await open(page);
  // events of the Supreme Court's first rulings and what followed, October 2018 to January 2019
  const named = () =>
    page
      .locator('.timeline .mark-label[data-event]')
      .evaluateAll((els) =>
        els
          .map((el) => el.getAttribute('data-event')!.slice(0, 10))
          .filter((d) => d >= '2018-10-30' && d <= '2019-01-09'),
      );
  const before = (await named()).length;
  await page.getByRole('button', { name: /^\d+ events from 30 Oct 2018 to/ }).click();
  await expect.poll(async () => (await named()).length).toBeGreaterThan(before + 2);
});

test('moving the cursor back hides later events; shown dimmed on request, they say they were not yet known', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('As of', { exact: true }).fill('2020-10-27');
  const lanes = page.locator('.timeline .lanes');
  await expect(
    lanes.locator('.mark-label', { hasText: /^Takizaki–Kim talks in Seoul · planned/ }),
  ).toBeVisible();
  // by default the page is as it stood that day: nothing later is drawn or named
  await expect(lanes.locator('[data-status="unknown"], [data-status="partial"]')).toHaveCount(0);
  await expect(lanes).not.toContainText('not yet known');
  await page.getByRole('radio', { name: 'Show dimmed' }).check();
  await expect(page).toHaveURL(/future=dim/);
  const later = lanes.locator('.marker:not(.cluster)[data-status="unknown"]').first();
  await expect(later).toHaveCSS('opacity', '0.3');
  await expect(later).toHaveAccessibleName(/not yet known on 27 Oct 2020/);
  const laterCluster = lanes.locator('.marker.cluster[data-status="unknown"]').first();
  await expect(laterCluster).toHaveAccessibleName(/(\d+) events from .*, \1 of them after/);
  await expect(lanes.locator('.marker.cluster[data-status="partial"]').first()).toBeVisible();
  // the chart is drawn once it scrolls into view
  await page
    .locator('.timeline .chart-placeholder, .activity-chart')
    .first()
    .scrollIntoViewIfNeeded();
  await expect(page.locator('.activity-chart')).toContainText(
    'Months after 27 Oct 2020 are shaded',
  );
  await expectNoAxeViolations(page);
});

test('the SVG carries the labels as text, with the title, credit and permalink', async ({
  page,
}) => {
  await open(page, '/?asOf=2020-10-27');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // the text of the drawing, tags aside: labels are text, not pixels
  const text = svg.replace(/<[^>]+>/g, '');
  expect(text).toContain('Supreme Court orders Nippon Steel to pay');
  expect(text).toMatch(/Takizaki–Kim talks in Seoul\s· planned/);
  expect(svg).not.toContain('foreignObject');
  expect(svg).toContain('Japan–South Korea Dispute Tracker');
  expect(svg).toContain('asOf=2020-10-27');
});

test('the social card keeps everything inside its 1200 × 675 frame', async ({ page }) => {
  await open(page);
  await page.getByLabel('Size').selectOption('social');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('width="1200" height="675"');
  // drawn in the same browser: nothing of the card may reach past its frame
  await page.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
  const outside = await page.locator('svg').evaluate((root) =>
    [...root.querySelectorAll<SVGGraphicsElement>('text, circle, rect, line, polyline')]
      .map((el) => ({ b: el.getBBox(), text: el.textContent ?? el.tagName }))
      .filter(
        ({ b }) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > 1200.5 || b.y + b.height > 675.5,
      )
      .map(({ text }) => text),
  );
  expect(outside).toEqual([]);
});

test.describe('on a touch screen, with markers a thumb can hit', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('the larger markers still keep every label clear', async ({ page }) => {
    await open(page);
    const { labels, markers } = await laneBoxes(page);
    expect(labels.length).toBeGreaterThan(5);
    expect(Math.min(...markers.map((m) => m.height))).toBeGreaterThanOrEqual(24);
    for (const l of labels)
      for (const m of markers)
        expect(overlap(l.box, m), `“${l.text}” overlaps a marker`).toBe(false);
  });
});
