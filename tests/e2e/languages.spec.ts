import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { appReady, bundled, expectNoAxeViolations, watch } from './helpers';

const RULING = '2018-10-30-supreme-court-rules-against-nssm';
const ja = JSON.parse(readFileSync('data/translations/ja.json', 'utf8'));
const ko = JSON.parse(readFileSync('data/translations/ko.json', 'utf8'));
const rulingTitle: string = JSON.parse(readFileSync('data/dataset.json', 'utf8')).events.find(
  (e: { id: string }) => e.id === RULING,
).title;

/** Waits until the app has taken over the page (in any language). */
const ready = appReady;

function filtersRegion(page: Page, name: string) {
  return page.getByRole('region', { name });
}

test.describe('a first visit follows the browser language', () => {
  test.use({ locale: 'ja-JP' });

  test('a Japanese browser opening the site gets the Japanese page, all of it in Japanese', async ({
    page,
  }) => {
    const { errors, foreign } = watch(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja\.html$/);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle('日韓対立トラッカー');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('日韓対立トラッカー');
    await expect(page.getByRole('region', { name: 'タイムライン' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '出来事を検索' })).toBeVisible();
    // lanes named by the translated issues, labels in Japanese
    await expect(page.getByRole('group', { name: /^元徴用工問題/ }).first()).toBeVisible();
    await expect(page.locator('.mark-label').first()).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
    // the translation is marked as one, and the English stays the reference
    await expect(page.locator('.translation-note')).toContainText('英語の原文からの翻訳');
    await expect(page.locator('.subtitle')).toContainText('出典確認日：');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

test('switching to Korean keeps the view, is remembered, and English switches back', async ({
  page,
}) => {
  await page.goto('/?issues=gsomia');
  await ready(page);
  const before = await page.locator('.result-count strong').first().textContent();
  await page
    .getByRole('navigation', { name: 'Language · 言語 · 언어' })
    .getByRole('link', { name: '한국어' })
    .click();
  await expect(page).toHaveURL(/\/ko\.html\?issues=gsomia$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.meta.title);
  const count = filtersRegion(page, '필터').locator('.result-count strong');
  await expect(count).toHaveText(new RegExp(`^전체 ${bundled.events.length}건 중 \\d+건$`));
  expect(before).toMatch(new RegExp(`^\\d+ of ${bundled.events.length} events$`));
  await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('aria-current', 'true');
  // reload: still Korean, still filtered
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(count).toHaveText(new RegExp(`^전체 ${bundled.events.length}건 중 \\d+건$`));
  // the choice is remembered: the plain address opens in Korean
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\.html$/);
  await ready(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goto('/');
  await ready(page);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Japan–South Korea Dispute Tracker',
  );
});

test('a shared link with ?lang=ja opens that view in Japanese, with the English original', async ({
  page,
}) => {
  await page.goto(`/?lang=ja&event=${RULING}`);
  await expect(page).toHaveURL(new RegExp(`/ja\\.html\\?event=${RULING}$`));
  await ready(page);
  const detail = page.getByRole('dialog').or(page.locator('.event-detail')).first();
  await expect(detail).toContainText(ja.events[RULING].title);
  await expect(detail).toContainText('2018年10月30日');
  const original = detail.locator('details.english-original');
  await original.locator('summary').click();
  await expect(original.locator('[lang="en"]').first()).toContainText('Supreme Court');
  await expectNoAxeViolations(page);
});

test('an unknown ?lang= is said plainly and the page carries on in English', async ({ page }) => {
  await page.goto('/?lang=fr');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('alert')).toContainText(
    'Ignored lang=“fr”: expected one of en, ja, ko',
  );
});

test('search finds Japanese and Korean words on the English page, and English words on the Japanese one', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const box = page.getByRole('searchbox', { name: 'Search events' });
  const count = filtersRegion(page, 'Filters').locator('.result-count strong');
  for (const word of ['新日鉄住金', '신일철주금']) {
    await box.fill(word);
    await expect(count).toHaveText(new RegExp(`^([1-9]\\d?) of ${bundled.events.length} events$`));
  }
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('.timeline')).toContainText(rulingTitle);
  await page.goto('/ja.html');
  await ready(page);
  const jaBox = page.getByRole('searchbox', { name: '出来事を検索' });
  await jaBox.fill('Nippon Steel');
  await expect(filtersRegion(page, '絞り込み').locator('.result-count strong')).toHaveText(
    new RegExp(`^${bundled.events.length}件中([1-9]\\d?)件$`),
  );
  await jaBox.fill('신일철주금');
  await expect(filtersRegion(page, '絞り込み').locator('.result-count strong')).toHaveText(
    new RegExp(`^${bundled.events.length}件中([1-9]\\d?)件$`),
  );
});

test('exports in Korean: CSV with Korean headers and texts, a PNG, and embed code that carries the language', async ({
  page,
}) => {
  await page.goto('/ko.html?issues=gsomia');
  await ready(page);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV 다운로드' }).click(),
  ]);
  const text = readFileSync((await csv.path())!, 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(rows.meta.fields).toContain('제목');
  expect(rows.data.length).toBeGreaterThan(0);
  expect(rows.data.every((r) => /[\uac00-\ud7af]/.test(r['제목']!))).toBe(true);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNG 다운로드' }).click(),
  ]);
  const buf = readFileSync((await png.path())!);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG 다운로드' }).click(),
  ]);
  const svgText = readFileSync((await svg.path())!, 'utf8');
  expect(svgText).toContain(ko.meta.title);
  expect(svgText).toContain('lang=ko');
  expect(svgText).toMatch(/출처 확인일 \d{4}년 \d{1,2}월 \d{1,2}일/);

  await page.getByRole('button', { name: '임베드 코드 복사' }).click();
  const dialog = page.getByRole('dialog', { name: '이 타임라인 임베드' });
  const code = await dialog.getByLabel(/임베드 코드/).inputValue();
  expect(code).toContain('lang=ko');
  expect(code).toContain('embed=1');
  await expectNoAxeViolations(page);
});

test('the embed follows the language of its link', async ({ page }) => {
  await page.goto('/?embed=1&issues=gsomia&lang=ja');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('.mark-label').first()).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered Japanese and Korean pages are already in their language', async ({
    page,
  }) => {
    await page.goto('/ja.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.meta.title);
    await expect(page.locator('body')).toContainText(ja.issues['forced-labour'].name);
    await page.goto('/ko.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.meta.title);
    await expect(page.locator('body')).toContainText(ko.issues['forced-labour'].name);
  });
});

test('the English page carries no Japanese or Korean text beyond the language names', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const body = html.slice(html.indexOf('<body'));
  const cjk = body.match(/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+/g) ?? [];
  // the switcher names the languages in themselves; actors' native names are English data
  const allowed = new Set(['日本語', '한국어', '言語', '언어']);
  const native = JSON.parse(readFileSync('data/dataset.json', 'utf8')).actors.flatMap(
    (a: { nameJa?: string; nameKo?: string }) => [a.nameJa, a.nameKo],
  );
  const stray = cjk.filter((w) => !allowed.has(w) && !native.some((n: string) => n?.includes(w)));
  expect(stray).toEqual([]);
});

test.describe('phones, dark mode', () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', hasTouch: true });

  for (const lang of ['ja', 'ko'] as const) {
    test(`the ${lang} page is accessible on a phone in dark mode`, async ({ page }) => {
      await page.goto(`/${lang}.html`);
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoAxeViolations(page);
    });
  }
});
