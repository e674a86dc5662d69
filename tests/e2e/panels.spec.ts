import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

test('at 1 September 2019 no panel tells of a later event or shows a raw event id', async ({
  page,
}) => {
  await open(page, '/?asOf=2019-09-01');
  const checklist = page.getByRole('region', { name: 'Summit conditions' });
  await expect(checklist).toContainText('No summit announced and no condition set by 1 Sep 2019.');
  await expect(checklist).not.toContainText(/Seoul|Suga|Not yet demanded/);
  // nor does the issue tracker list an issue that opened later, or the filters offer one
  const tracker = page.getByRole('region', { name: 'Issue tracker' });
  await expect(tracker.locator('tr[data-issue="forced-labour"]')).toBeAttached();
  await expect(tracker.locator('tr[data-issue="digital-platforms"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^LINE–Naver/ })).toHaveCount(0);
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
  await expect(barometer).toContainText('The data record no event after 13 Mar 2026');
  await expect(barometer).not.toContainText('in November 2026');
  // hovering a landmark month names its events
  await barometer.locator('.landmark-dot').first().hover();
  await expect(barometer.locator('.chart-tooltip')).toContainText('Landmark events');
});

test('the activity chart shares the lanes’ time axis: same span, same pixels, also after a zoom', async ({
  page,
}) => {
  await open(page);
  await page
    .locator('.timeline .chart-placeholder, .activity-chart')
    .first()
    .scrollIntoViewIfNeeded();
  const chart = page.locator('.activity-chart');
  const chartTicks = chart.locator('text.time-tick');
  const laneTicks = page.locator('.lanes .axis .tick');
  await expect(chartTicks.first()).toBeVisible();
  /** The centre x of each tick's label, by label. */
  const centres = async (ticks: typeof chartTicks) =>
    new Map(
      await ticks.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return [el.textContent ?? '', r.left + r.width / 2] as const;
        }),
      ),
    );
  const sameAxis = async () => {
    // the same ticks, each within a few pixels (the edge labels anchor alike, not identically)
    await expect
      .poll(async () => [...(await centres(chartTicks)).keys()])
      .toEqual([...(await centres(laneTicks)).keys()]);
    const lanes = await centres(laneTicks);
    const bars = await centres(chartTicks);
    expect(lanes.size).toBeGreaterThan(2);
    for (const [label, x] of lanes) expect(Math.abs(bars.get(label)! - x), label).toBeLessThan(4);
  };
  // the plot area is the lanes' track, edge to edge
  const track = (await page.locator('.lanes .lane-track.axis').boundingBox())!;
  const plot = (await chart
    .locator('.recharts-xAxis .recharts-cartesian-axis-line')
    .boundingBox())!;
  expect(Math.abs(plot.x - track.x)).toBeLessThan(2);
  expect(Math.abs(plot.x + plot.width - (track.x + track.width))).toBeLessThan(2);
  await sameAxis();
  const summary = page.locator('#activity-summary');
  const whole = await summary.textContent();
  expect(whole).toMatch(/^\d+ events from January 2018 to /);

  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await sameAxis();
  // the summary counts the months now drawn, fewer than before
  await expect(summary).not.toHaveText(whole!);
  const [zoomed, all] = [await summary.textContent(), whole!].map((s) => Number(s!.split(' ')[0]));
  expect(zoomed).toBeLessThan(all!);
  // read without colour: one named row per issue, on the same axis
  await chart.getByText('One row per issue').click();
  await expect(
    chart.getByRole('listitem').filter({ hasText: /^Export controls \d+ events?$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('each indicator chart is read in words beside it, from the figures known on the cursor date', async ({
  page,
}) => {
  await open(page, '/?asOf=2020-10-27');
  const section = page.getByRole('region', { name: 'Indicators' });
  await section.scrollIntoViewIfNeeded();
  const travel = section.getByRole('article', { name: /Travel: visitors, annual/ });
  const reading = travel.locator('.indicator-reading');
  await expect(reading).toContainText(
    'Japanese visitors to South Korea (annual) fell from 3,270,000 visitors in 2019 to 431,000 visitors in 2020.',
  );
  await expect(reading).toContainText('Read up to 27 Oct 2020; later figures are left out.');
  expect(await reading.textContent()).not.toMatch(/202[1-9]/);
  // at 1280 px the chart takes the wider column and its words sit beside it
  const chart = (await travel.locator('figure').boundingBox())!;
  const words = (await reading.boundingBox())!;
  const card = (await travel.boundingBox())!;
  expect(chart.x + chart.width).toBeLessThanOrEqual(words.x);
  expect(chart.width).toBeGreaterThan(card.width / 2);
  expect(Math.abs(words.y - chart.y)).toBeLessThan(40);
  // the figures as of the cursor are a click away
  const values = travel.getByRole('list', { name: /as of 2020-10-27/ });
  await expect(values).toBeHidden();
  await travel.getByText('Figures as of 27 Oct 2020, and the chart in numbers').click();
  await expect(values).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an event after the cursor, opened from a link, is folded behind a notice that says so', async ({
  page,
}) => {
  await open(page, '/?asOf=2019-09-01&event=2023-03-16-japan-to-lift-export-controls');
  const dialog = page.getByRole('dialog', { name: 'An event after the date you are viewing' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    'This event is after the date you are viewing (1 Sep 2019): it is dated 16 March 2023.',
  );
  // nothing of the event is told until the reader asks
  const title = dialog.getByText('Japan decides to lift its controls on three chip materials');
  await expect(title).toBeHidden();
  await expect(dialog.getByText(/withdraw its WTO complaint/)).toBeHidden();
  await dialog.getByText('Show the event anyway').click();
  await expect(title).toBeVisible();
  await expectNoAxeViolations(page);
});
