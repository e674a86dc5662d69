import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appReady, expectNoAxeViolations, open, TAKEOVER } from './helpers';

/**
 * On 27 October 2020 the trilateral summit Seoul was to host had been put off (12 October);
 * it was held on 27 May 2024. A page at that cursor tells it as it stood then.
 */
const summitId = '2024-05-27-trilateral-summit-seoul';

test.describe('on a 390 px phone, in Japanese', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the list at 27 Oct 2020 opens at the cursor and tells the summit as put off, not as held in 2024', async ({
    page,
  }) => {
    await page.goto('/ja.html?asOf=2020-10-27');
    await appReady(page);
    const list = page.getByRole('region', { name: '出来事の一覧' });
    const rows = list.locator('.list-event');
    await expect(rows.first()).toBeVisible(TAKEOVER);
    // the first row is the newest event known on the day, not the summit of 2024
    await expect(rows.first()).toContainText('2020年10月');
    await expect(rows.first()).not.toContainText('2024年');
    const summit = list.locator(`[data-event-id="${summitId}"]`);
    await expect(summit).toContainText('2020年10月12日');
    await expect(summit).toContainText('ソウルで日中韓首脳会議');
    await expect(summit).toContainText('2020年10月12日に延期');
    await expect(summit).not.toContainText(/2024年|第9回/);
    await summit.click();
    const dialog = page.getByRole('dialog', { name: 'ソウルで日中韓首脳会議' });
    await expect(dialog).toContainText('2020年10月27日の時点では、まだ行われていません');
    await expect(dialog.locator('details.later-event')).not.toHaveAttribute('open');
    // axe over the list and the detail (the page's story and compare buttons fail target-size
    // on this phone page before this change too: reported, not this journey's subject)
    const results = await new AxeBuilder({ page })
      .include('.event-list')
      .include('.event-detail')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('at 1280 px the lanes, the list and the detail tell the summit as it stood on 27 Oct 2020', async ({
  page,
}) => {
  await open(page, '/?asOf=2020-10-27');
  // its label sits where it stood (put off on 12 October), before the cursor line, not in 2024
  const label = page.locator('.mark-label', { hasText: 'Korea–Japan–China summit in Seoul' });
  await expect(label).toBeVisible();
  await expect(label).toContainText('postponed');
  // (beside its marker, which shares 12 October with the report that it was put off: later
  // events hidden, the lanes end at the cursor, and the label ends before its line)
  const cursor = await page.locator('.timeline .lanes .cursor-line').boundingBox();
  const at = await label.boundingBox();
  expect(at!.x + at!.width).toBeLessThanOrEqual(cursor!.x + 1);
  await expect(page.locator('.lane-track.axis .tick', { hasText: /^202[1-9]$/ })).toHaveCount(0);
  // no marker or cluster is named by the day it was held
  await expect(
    page.getByRole('button', { name: /May 2024: Korea–Japan–China summit/ }),
  ).toHaveCount(0);

  await page.getByRole('button', { name: 'List', exact: true }).click();
  const row = page
    .getByRole('region', { name: 'Events as a list' })
    .locator(`[data-event-id="${summitId}"]`);
  await expect(row).toContainText('12 October 2020');
  await expect(row).toContainText('postponed on 12 Oct 2020');
  await row.click();
  const dialog = page.getByRole('dialog', { name: 'Korea–Japan–China summit in Seoul' });
  await expect(dialog).toContainText(
    'On 27 Oct 2020 this had not yet taken place: postponed on 12 Oct 2020.',
  );
  await expect(dialog.getByText('Show what happened later')).toBeVisible();
  // what happened later is in the fold, and the fold is closed
  await expect(
    dialog.getByText(/27 May 2024|joint declaration/).filter({ visible: true }),
  ).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('indicator charts draw no figure after the cursor (1 Sep 2019), and draw later ones at the latest date', async ({
  page,
}) => {
  const drawnPeriods = async () => {
    const section = page.getByRole('region', { name: 'Indicators' });
    await section.scrollIntoViewIfNeeded();
    const dots = section.locator('.indicator-card circle[data-period]');
    await expect(dots.first()).toBeAttached(TAKEOVER);
    return dots.evaluateAll((els) => els.map((e) => e.getAttribute('data-period') ?? ''));
  };
  await open(page, '/?asOf=2019-09-01');
  const then = await drawnPeriods();
  expect(then.length).toBeGreaterThan(10);
  // an annual figure for 2019 and the monthly one for September 2019 are "as of" the day
  expect(then.filter((p) => p > (p.length === 4 ? '2019' : '2019-09'))).toEqual([]);
  // the chart's summary stops there too
  const opinion = page.getByRole('article', { name: /Public opinion/ });
  await expect(opinion.locator('.chart-summary')).not.toContainText(/202\d/);

  await open(page, '/');
  const now = await drawnPeriods();
  expect(now.some((p) => p > '2020')).toBe(true);
});
