import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, watch } from './helpers';

test('the indicators follow the cursor in words, download as CSV with sources, and pass axe', async ({
  page,
}) => {
  const { errors, foreign } = watch(page);
  await open(page);
  // nothing of the panel is fetched before it is scrolled near
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.getByLabel('As of', { exact: true }).fill('2020-10-27');
  await page.getByLabel('As of', { exact: true }).press('Enter');
  expect(requested.some((u) => u.includes('indicators.json'))).toBe(false);

  const section = page.getByRole('region', { name: 'Indicators' });
  await section.scrollIntoViewIfNeeded();
  const opinion = section.getByRole('article', { name: /Public opinion/ });
  // the chart read in a sentence, the figures as of the cursor in the fold under it
  await expect(opinion.locator('.indicator-reading')).toContainText(
    'Koreans with a bad impression of Japan fell from 76.6 % in 2013 to 49.9 % in 2019 and stood at 71.6 % in 2020.',
  );
  await opinion.getByText(/^Figures as of 27 Oct 2020/).click();
  await expect(opinion.getByRole('list', { name: /as of 2020-10-27/ })).toContainText(
    '2020 poll: Koreans with a bad impression of Japan: 71.6 %.',
  );
  await expect(section.getByRole('article', { name: /Travel: visitors, monthly/ })).toContainText(
    'no figure for October 2020',
  );
  // every chart is drawn, with an accessible name, the cursor and the landmark lines
  const charts = section.getByRole('img', { name: /.+/ });
  expect(await charts.count()).toBeGreaterThanOrEqual(5);
  await expect(opinion.locator('.recharts-line').first()).toBeVisible();
  await expect(opinion.locator('.recharts-reference-line')).not.toHaveCount(0);
  // the poll's breaks (2024, 2025) come after the cursor: not drawn yet
  await expect(opinion.getByText('break', { exact: true })).toHaveCount(0);

  // moving the cursor changes the words
  await page.getByLabel('As of', { exact: true }).fill('2019-08-15');
  await page.getByLabel('As of', { exact: true }).press('Enter');
  await expect(section.getByRole('article', { name: /Travel: visitors, monthly/ })).toContainText(
    'August 2019: South Korean visitors to Japan (monthly): 308,700 visitors.',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download indicators CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('jk-dispute-indicators.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.length).toBe(160);
  const row = parsed.data.find((r) => r.series_id === 'kr-bad-of-jp' && r.period === '2020')!;
  expect(row.value).toBe('71.6');
  expect(row.source_url).toMatch(/^https:\/\//);
  for (const r of parsed.data) {
    expect(r.source_publisher).not.toBe('');
    expect(r.source_url).toMatch(/^https:\/\//);
  }

  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a chart downloads as an SVG drawing with its title, source line and permalink, and librsvg draws it', async ({
  page,
}) => {
  await open(page, '/?asOf=2020-10-27');
  const section = page.getByRole('region', { name: 'Indicators' });
  await section.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: /^Download SVG of Public opinion/ }).click(),
  ]);
  const path = (await download.path())!;
  const svg = readFileSync(path, 'utf8');
  // a drawing: words as <text>, never HTML in a <foreignObject>
  expect(svg).not.toContain('<foreignObject');
  expect(svg).toMatch(/<text[^>]*>Public opinion: per cent of respondents, annual<\/text>/);
  expect(svg).toMatch(/<text[^>]*>Koreans with a bad impression of Japan<\/text>/);
  expect(svg).toMatch(/<text[^>]*>Sources:/);
  expect(svg).toContain('asOf=2020-10-27');
  expect(svg).toMatch(/<polyline /);
  // rendered as a graphics desk's tools would, by librsvg (Debian librsvg2-bin)
  const png = execFileSync('rsvg-convert', ['--format=png', path]);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(640);
  await expect(section.getByRole('status').first()).toContainText('Downloaded');

  // the PNG is the same drawing, at 2×
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: /^Download PNG of Public opinion/ }).click(),
  ]);
  const image = readFileSync((await pngDownload.path())!);
  expect(image.readUInt32BE(16)).toBe(1280);
});
