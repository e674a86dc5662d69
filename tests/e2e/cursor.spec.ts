import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

function trackerRow(page: Page, issue: string) {
  return page
    .getByRole('region', { name: 'Issue tracker' })
    .getByRole('row', { name: new RegExp(issue) });
}

test('as of 27 Oct 2020: controls in force, Tokyo’s asset condition not met, the talks planned, no summit', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('As of', { exact: true }).fill('2020-10-27');
  await expect(page).toHaveURL(/asOf=2020-10-27/);
  await expect(trackerRow(page, 'Export controls')).toContainText(/Active|Escalating/);
  const checklist = page.getByRole('region', { name: 'Summit conditions' });
  const assets = checklist
    .getByRole('listitem')
    .filter({ hasText: /will not be sold/ })
    .first();
  await expect(assets).toContainText('Not met');
  await expect(checklist).toContainText(/Not held yet/);
  // the talks show as planned, not yet held
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Takizaki');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Events as a list' })
      .getByRole('button', { name: /Takizaki.*planned/i }),
  ).toBeVisible();
});

test('as of 1 Apr 2023 the controls have eased and the WTO complaint is withdrawn; by June 2024 the summit was held', async ({
  page,
}) => {
  await open(page, '/?asOf=2023-04-01');
  await expect(trackerRow(page, 'Export controls')).toContainText(/Easing|Resolved/);
  await expect(trackerRow(page, 'WTO')).toContainText('Resolved');
  await page.getByLabel('As of', { exact: true }).fill('2024-06-01');
  const checklist = page.getByRole('region', { name: 'Summit conditions' });
  await expect(checklist).toContainText(/Held on 27 May 2024/);
  // Seoul's call to lift the controls is shown as a demand, not as a condition for the summit
  await expect(
    checklist.getByRole('list', { name: 'Demands not stated as conditions for the summit' }),
  ).toContainText('Seoul’s demand (not a stated condition for the summit)');
});

test('stepping between events moves the cursor and the panels follow', async ({ page }) => {
  await open(page, '/?asOf=2019-07-01');
  const before = (await trackerRow(page, 'Export controls').textContent()) ?? '';
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(page).toHaveURL(/asOf=2019-07-0[2-9]/);
  await page.getByRole('button', { name: /Previous event/ }).click();
  await expect(page).toHaveURL(/asOf=2019-07-01/);
  await expect(trackerRow(page, 'Export controls')).toHaveText(before);
  await page.getByRole('radio', { name: 'Show dimmed' }).check();
  await expect(page).toHaveURL(/future=dim/);
  await page.getByRole('radio', { name: 'Hide' }).check();
  await expect(page).not.toHaveURL(/future=/);
  await page.getByRole('button', { name: 'Latest' }).click();
  await expect(page).not.toHaveURL(/asOf=/);
});
