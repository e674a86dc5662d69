import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('at 1 September 2019 no panel tells of a later event or shows a raw event id', async ({
  page,
}) => {
  await open(page, '/?asOf=2019-09-01');
  const checklist = page.getByRole('region', { name: 'Summit conditions' });
  await expect(checklist).toContainText('No condition or demand made yet.');
  await expect(checklist).not.toContainText(/Suga|Not yet demanded/);
  const barometer = page.getByRole('region', { name: 'Relations barometer' });
  await barometer.scrollIntoViewIfNeeded();
  // the chart is drawn: one dot per landmark month, the cursor's label inside the plot
  await expect(barometer.locator('.landmark-dot').first()).toBeVisible();
  for (const text of await barometer.locator('p, details').allTextContents())
    expect(text).not.toMatch(/20(2\d)/);
  await page.getByRole('button', { name: 'Explain Export controls' }).click();
  const explainer = page.locator('#explainer-export-controls');
  await expect(explainer.getByText(/^Written later, on 16 Mar 2023/)).toBeVisible();
  await expect(explainer.getByText(/March 2023/)).toBeHidden();
  await expect(page.locator('main')).not.toContainText(/\(\d{4}-\d{2}-\d{2}-[a-z]/);
});

test('the barometer says where the data ends and leaves the months after as a gap', async ({
  page,
}) => {
  await open(page);
  const barometer = page.getByRole('region', { name: 'Relations barometer' });
  await barometer.scrollIntoViewIfNeeded();
  await expect(barometer.locator('.recharts-surface').first()).toBeVisible();
  await expect(barometer).toContainText('no record');
  await expect(barometer).toContainText('The data record no event after 1 Mar 2026');
  await expect(barometer).not.toContainText('in November 2026');
  // hovering a landmark month names its events
  await barometer.locator('.landmark-dot').first().hover();
  await expect(barometer.locator('.chart-tooltip')).toContainText('Landmark events');
});
