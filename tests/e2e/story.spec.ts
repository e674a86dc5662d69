import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appReady, expectNoAxeViolations, watch } from './helpers';

/** Opens a page in any language and waits until the app has taken it over. */
async function openIn(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}
const cursorField = (page: Page) => page.locator('.time-cursor input[type="date"]');

function trackerRow(page: Page, issue: string) {
  return page
    .getByRole('region', { name: 'Issue tracker' })
    .getByRole('row', { name: new RegExp(issue) });
}

const storyRegion = (page: Page) => page.locator('section.story');

// each journey walks several panels and ends with an axe scan: more than the default 30 s on
// a busy machine
test.describe.configure({ timeout: 90_000 });

test('?story=1 opens the first chapter; buttons, arrow keys and the back button step through it, and the panels follow', async ({
  page,
}) => {
  const { errors } = watch(page);
  await openIn(page, '/?story=1');
  const story = storyRegion(page);
  await expect(story.getByRole('heading', { name: 'The 1965 settlement' })).toBeVisible();
  await expect(story).toContainText('Chapter 1 of 11');
  // the bare link is filled in with the chapter's day and span, in place
  await expect(page).toHaveURL(/asOf=1965-12-18/);
  await expect(page).toHaveURL(/story=1/);
  await expect(page.getByLabel('As of', { exact: true })).toHaveValue('1965-12-18');
  await expect(trackerRow(page, 'Forced labour')).toContainText('Resolved');
  await expect(page.getByRole('button', { name: 'Previous chapter' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next chapter' }).click();
  await expect(story.getByRole('heading', { name: 'The forced-labour rulings' })).toBeVisible();
  await expect(page.getByLabel('As of', { exact: true })).toHaveValue('2018-11-29');
  await expect(trackerRow(page, 'Forced labour')).toContainText('Escalating');
  await expect(page).toHaveURL(/story=2/);

  // the arrow key steps on when nothing else wants it
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  await expect(story.getByRole('heading', { name: 'The seizures' })).toBeVisible();
  await expect(trackerRow(page, 'Asset seizures')).toContainText('Escalating');

  // each chapter is a history entry: back returns to the previous one
  await page.goBack();
  await expect(story.getByRole('heading', { name: 'The forced-labour rulings' })).toBeVisible();
  await expect(page.getByLabel('As of', { exact: true })).toHaveValue('2018-11-29');
  await page.keyboard.press('ArrowLeft');
  await expect(story.getByRole('heading', { name: 'The 1965 settlement' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('a chapter moves every panel to its day: March 2023', async ({ page }) => {
  await openIn(page, '/?story=9');
  const story = storyRegion(page);
  await expect(story.getByRole('heading', { name: /March 2023/ })).toBeVisible();
  await expect(story).toContainText('Every panel on this page shows 23 March 2023.');
  await expect(trackerRow(page, 'Export controls')).toContainText('Resolved');
  await expect(trackerRow(page, 'WTO')).toContainText('Resolved');
  await expect(trackerRow(page, 'GSOMIA')).toContainText('Resolved');
  const checklist = page.getByRole('region', { name: 'Summit conditions' });
  await expect(
    checklist
      .getByRole('listitem')
      .filter({ hasText: /proper measures/ })
      .first(),
  ).toContainText('Met');
  // the timeline shows the chapter's span and nothing after its date
  await expect(page).toHaveURL(/from=2023-01-01/);
  await expect(page.getByRole('region', { name: 'Relations barometer' })).toContainText(
    'March 2023',
  );
  // every claim links to its events: the first opens the event's detail
  await story.getByRole('button', { name: /Open the event “Seoul announces third-party/ }).click();
  await expect(page.locator('#event-detail-title')).toContainText('Seoul announces third-party');
  // the chapter list opens any chapter
  await story.getByText('Chapters', { exact: true }).click();
  await story.getByRole('button', { name: 'The thaw' }).click();
  await expect(page.getByLabel('As of', { exact: true })).toHaveValue('2024-10-30');
});

test('?compare=2019-07-01..2023-03-24 says the export controls went from escalating to resolved, and what happened between', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openIn(page, '/?compare=2019-07-01..2023-03-24');
  const compare = page.getByRole('region', { name: '1 July 2019 compared with 24 March 2023' });
  await expect(compare).toBeVisible();
  const row = compare.getByRole('row', { name: /^Export controls/ });
  await expect(row).toContainText('escalating');
  await expect(row).toContainText('resolved');
  await row.getByText(/events between/).click();
  await expect(
    row.getByRole('button', { name: /23 March 2023: Japan's easing of controls/ }),
  ).toBeVisible();
  await expect(compare.getByRole('row', { name: /Seoul must take proper measures/ })).toContainText(
    'met',
  );
  await expect(compare.getByRole('heading', { name: 'Indicators' })).toBeVisible();
  await compare.getByRole('button', { name: 'Copy as text' }).click();
  await expect(compare.getByRole('status')).toContainText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Export controls: escalating → resolved');
  expect(text).toMatch(/compare=2019-07-01\.\.2023-03-24/);
  await expectNoAxeViolations(page);
});

test('"Compare with…" beside the cursor compares its date with another', async ({ page }) => {
  await openIn(page, '/?asOf=2023-03-24');
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await page.getByLabel('Compare the cursor date with').fill('2019-07-01');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(/compare=2019-07-01\.\.2023-03-24/);
  await expect(
    page.getByRole('heading', { name: '1 July 2019 compared with 24 March 2023' }),
  ).toBeVisible();
});

test('in Japanese: the story steps and the comparison reads in Japanese', async ({ page }) => {
  await openIn(page, '/ja.html?story=1');
  const story = storyRegion(page);
  await expect(story.getByRole('heading', { name: '1965年の決着' })).toBeVisible();
  await page.getByRole('button', { name: '次の章' }).click();
  await expect(story.getByRole('heading', { name: '徴用工判決' })).toBeVisible();
  await expect(cursorField(page)).toHaveValue('2018-11-29');
  await openIn(page, '/ja.html?compare=2019-07-01..2023-03-24');
  const row = page.locator('section.compare').getByRole('row', { name: /^輸出管理/ });
  await expect(row).toContainText('悪化');
  await expect(row).toContainText('解決');
  await expectNoAxeViolations(page);
});

test('in Korean: the story steps and the comparison reads in Korean', async ({ page }) => {
  await openIn(page, '/ko.html?story=9');
  const story = storyRegion(page);
  await expect(story).toContainText('9장');
  await page.keyboard.press('ArrowRight');
  await expect(story.getByRole('heading', { name: '해빙' })).toBeVisible();
  await openIn(page, '/ko.html?compare=2019-07-01..2023-03-24');
  const row = page.locator('section.compare').getByRole('row', { name: /^수출규제/ });
  await expect(row).toContainText('악화');
  await expect(row).toContainText('해결');
  await expectNoAxeViolations(page);
});

test('each chapter downloads as an SVG drawing with its text and lanes, and as its PNG', async ({
  page,
}) => {
  await openIn(page, '/?story=4');
  await expect(
    storyRegion(page).getByRole('heading', { name: 'The July 2019 curbs' }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this chapter as SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/2019-07-04.*\.svg$/);
  const path = (await download.path())!;
  const svg = readFileSync(path, 'utf8');
  expect(svg).not.toContain('<foreignObject');
  expect(svg).toMatch(/<text[^>]*>The July 2019 curbs<\/text>/);
  expect(svg).toMatch(/<text[^>]*>On 1 July 2019 Japan/);
  // the lanes' drawing: the chapter's issues, a named event and the cursor's date
  expect(svg).toMatch(/<text[^>]*>Export controls<\/text>/);
  expect(svg).toMatch(/<text[^>]*>Japan announces curbs on chip materials/);
  expect(svg).toMatch(/<text[^>]*>As of 4 Jul 2019<\/text>/);
  // rendered as a graphics desk's tools would, by librsvg
  const png = execFileSync('rsvg-convert', ['--format=png', path]);
  expect(png.readUInt32BE(16)).toBe(800);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this chapter as an image' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/2019-07-04.*\.png$/);
  expect(readFileSync((await pngDownload.path())!).readUInt32BE(16)).toBe(1600);
});

test('?embed=1&story=N embeds one chapter with a link to the story', async ({ page }) => {
  await page.goto('/?embed=1&story=6');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The November 2019 suspension' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the story in the tracker' })).toHaveAttribute(
    'href',
    /story=6/,
  );
  await expect(page.getByRole('img', { name: /Small timeline/ })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the story reads as a page: each chapter’s text with its small timeline', async ({
    page,
  }) => {
    await openIn(page, '/?story=2');
    const article = page.getByRole('heading', { name: 'The story on one page' });
    await expect(article).toBeVisible();
    const chapters = page.locator('.story-article-chapter');
    await expect(chapters).toHaveCount(11);
    await expect(chapters.nth(6).getByRole('img', { name: /Small timeline/ })).toBeVisible();
    await chapters.nth(6).getByRole('button', { name: 'Show chapter 7 on every panel' }).click();
    await expect(page).toHaveURL(/story=7/);
    await expect(page).toHaveURL(/asOf=2020-10-29/);
  });
});

test('the story prints as an article: every chapter with its day, not the event list', async ({
  page,
}) => {
  await openIn(page, '/?story=3');
  await expect(storyRegion(page).getByRole('heading', { name: 'The seizures' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'The story on one page' })).toBeVisible();
  await expect(page.locator('.story-article-chapter')).toHaveCount(11);
  await expect(page.locator('.story-article-chapter').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next chapter' })).toBeHidden();
  await expect(page.locator('.print-list')).toBeHidden();
});
