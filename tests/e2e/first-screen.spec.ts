import { expect, test, type Locator, type Page } from '@playwright/test';
import { appReady, bundled, expectNoAxeViolations, open, watch } from './helpers';

/** open() in any language: waits for the timeline by its id rather than its English name. */
async function openIn(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}

// Issue #21: the first screen says where things stand, in words, on every device and in
// every language; the tracker is one tap away on a phone; dates, numbers and short buttons
// never break across lines.

const pages = {
  en: { path: '/', heading: /^Where things stand on \d{1,2} \w{3} \d{4}$/, issues: 'Issues' },
  ja: { path: '/ja.html', heading: /^\d{4}年\d{1,2}月\d{1,2}日時点の状況$/, issues: '争点' },
  ko: { path: '/ko.html', heading: /^\d{4}년 \d{1,2}월 \d{1,2}일 현재 상황$/, issues: '쟁점' },
} as const;

const viewports = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/** How many lines an element's shown text takes (distinct line boxes of its text). */
async function lineCounts(locator: Locator): Promise<{ text: string; lines: number }[]> {
  return locator.evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => {
        const bottoms = new Set<number>();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // text kept for screen readers only (clipped to 1 px) is not on screen
          if (node.parentElement!.getBoundingClientRect().width <= 1) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects())
            if (r.width > 0) bottoms.add(Math.round(r.bottom));
        }
        return { text: el.textContent ?? '', lines: bottoms.size };
      }),
  );
}

const wrapped = (counts: { text: string; lines: number }[]) =>
  counts.filter((c) => c.lines > 1).map((c) => `${c.text} (${c.lines} lines)`);

function summary(page: Page, lang: keyof typeof pages) {
  return page.getByRole('region', { name: pages[lang].heading });
}

for (const lang of ['en', 'ja', 'ko'] as const) {
  for (const viewport of viewports) {
    const phone = viewport.width < 700;
    test.describe(`${lang} at ${viewport.width} × ${viewport.height}`, () => {
      test.use({ viewport, hasTouch: phone, isMobile: phone });

      test('where things stand is the first content and fits the first screen; no date or button wraps', async ({
        page,
      }) => {
        await openIn(page, pages[lang].path);
        const block = summary(page, lang);
        await expect(block).toBeVisible();
        // the first section of the page, before the time cursor and the timeline
        const firstSection = page.locator('main > section').first();
        await expect(firstSection).toHaveAttribute('aria-labelledby', 'standing-heading');
        const box = (await block.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        // the issues escalating or active, each linked to the event that set it
        const lines = block.getByRole('list').first().getByRole('listitem');
        expect(await lines.count()).toBeGreaterThan(0);
        for (const line of await lines.all()) await expect(line.getByRole('link')).toHaveCount(1);
        // three latest events, each with its date
        await expect(block.locator('.standing-latest li time')).toHaveCount(3);

        expect(wrapped(await lineCounts(page.locator('.standing time')))).toEqual([]);
        expect(wrapped(await lineCounts(page.locator('.app-header time')))).toEqual([]);
        expect(wrapped(await lineCounts(page.locator('main .button')))).toEqual([]);
        if (!phone) {
          // the tracker's status and date cells on one line each
          const tracker = page.locator('.issue-tracker tbody tr[data-issue]');
          expect(
            wrapped(await lineCounts(tracker.locator('td:nth-of-type(1), td:nth-of-type(2)'))),
          ).toEqual([]);
          expect(
            wrapped(await lineCounts(page.locator('.summit-checklist .condition-state'))),
          ).toEqual([]);
        }
      });

      if (phone)
        test('the tracker is one tap away, and the cursor bar is one row', async ({ page }) => {
          await openIn(page, pages[lang].path);
          const cursor = page.locator('section.time-cursor');
          const controls = await cursor
            .locator('label, .cursor-buttons .button')
            .evaluateAll((els) =>
              els
                .filter((el) => (el as HTMLElement).checkVisibility())
                .map((el) => el.getBoundingClientRect().top),
            );
          expect(Math.max(...controls) - Math.min(...controls)).toBeLessThan(8);
          expect((await cursor.boundingBox())!.height).toBeLessThan(64);

          const sections = page
            .getByRole('navigation')
            .filter({ has: page.getByRole('link', { name: pages[lang].issues, exact: true }) });
          const link = sections.getByRole('link', { name: pages[lang].issues, exact: true });
          await expect(link).toBeInViewport();
          await link.tap();
          const tracker = page.locator('#tracker-heading');
          await expect(tracker).toBeInViewport();
          // the sticky bars stay on top, clear of the heading they jumped to
          const bar = (await cursor.boundingBox())!;
          expect((await tracker.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
          await expect(link).toBeInViewport();
        });
    });
  }
}

test('at a past cursor the summary tells of nothing later', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const asOf = '2019-07-04';
  await open(page, `/?asOf=${asOf}`);
  const block = summary(page, 'en');
  await expect(block.getByRole('heading', { level: 2 })).toHaveText(
    'Where things stand on 4 Jul 2019',
  );
  const dates = await block
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(3);
  for (const date of dates) expect(date <= asOf).toBe(true);
  // its event links name only events of that day or before
  const later = new Set(bundled.events.filter((e) => e.date > asOf).map((e) => e.id));
  const linked = await block
    .getByRole('link')
    .evaluateAll((els) =>
      els.map((el) => new URL((el as HTMLAnchorElement).href).searchParams.get('event')!),
    );
  expect(linked.filter((id) => later.has(id))).toEqual([]);
  await expect(block).toContainText('Export controls ▲ Escalating since 1 Jul 2019');
  await expectNoAxeViolations(page);
});

test('at a cursor with many issues in play, escalation first and the rest folded, the summary fits a 320 px phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, '/?asOf=2020-10-27');
  const block = summary(page, 'en');
  const open_ = block.getByRole('list', { name: 'Issues escalating or active' });
  await expect(open_.getByRole('listitem')).toHaveCount(2);
  await expect(open_).toContainText('Summit diplomacy ▲ Escalating since 12 Oct 2020');
  // the active issues are named on one line, their details one tap away
  const also = block.locator('details.standing-also');
  await expect(also.locator('summary')).toContainText(/^Also active: .*Export controls/);
  const latest = block.locator('.standing-latest li').last();
  const box = (await latest.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  await also.locator('summary').click();
  const folded = block.getByRole('list', { name: 'Other issues active' }).getByRole('listitem');
  expect(await folded.count()).toBeGreaterThan(3);
  for (const line of await folded.all()) {
    await expect(line).toContainText(/Active since/);
    await expect(line.getByRole('link')).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
});

test('the prerendered page says where things stand before any script runs', async ({ page }) => {
  for (const lang of ['en', 'ja', 'ko'] as const) {
    const html = await (await page.request.get(pages[lang].path)).text();
    const standing = html.indexOf('id="standing-heading"');
    expect(standing).toBeGreaterThan(0);
    expect(standing).toBeLessThan(html.indexOf('id="cursor-heading"'));
    expect(standing).toBeLessThan(html.indexOf('id="timeline-heading"'));
  }
});

test('the page arrives with the latest rows of the list; on a phone the rest are drawn as the reader scrolls to them', async ({
  page,
}) => {
  // the whole list would be some 100 KB of every page's HTML, below the first screen
  const html = await (await page.request.get('/')).text();
  const arrived = html.match(/class="list-event"/g)?.length ?? 0;
  expect(arrived).toBeGreaterThan(0);
  expect(arrived).toBeLessThan(30);
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const list = page.getByRole('region', { name: 'Events as a list' });
  const rows = list.locator('.list-event');
  // the app has taken over, and the rows far below the screen are not drawn yet
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBe(arrived);
  // scrolling down towards the end of the drawn rows draws more as it nears them
  await expect(async () => {
    await page.mouse.wheel(0, 1500);
    expect(await rows.count()).toBeGreaterThan(arrived);
  }).toPass();
  // and a reader who goes straight to the bottom of the page finds the whole list above
  await page.keyboard.press('End');
  await expect(
    list.getByRole('list', { name: `${bundled.events.length} events, newest first` }),
  ).toBeAttached();
  await expect(rows).toHaveCount(bundled.events.length);
  await expect(rows.last()).toContainText('1965');
});

test('in List view on a wide screen the list scrolls in its box, which draws the rows as they near', async ({
  page,
}) => {
  await open(page, '/?view=list');
  const list = page.getByRole('region', { name: 'Events as a list' });
  const rows = list.locator('.list-event');
  await expect(rows.first()).toBeVisible();
  const first = await rows.count();
  expect(first).toBeLessThan(bundled.events.length);
  // the wheel over the list scrolls the box, not the page. The reader turns it no further
  // than the box goes (a turn past its end scrolls the page on, as browsers do). The region
  // is the box; `.list-end` inside it goes once every row is drawn.
  const left = () => list.evaluate((b) => b.scrollHeight - b.clientHeight - b.scrollTop);
  await list.hover();
  const pageAt = await page.evaluate(() => window.scrollY);
  await expect(async () => {
    const rest = await left();
    if (rest > 20) await page.mouse.wheel(0, Math.min(3000, rest - 10));
    await expect(
      list.getByRole('list', { name: `${bundled.events.length} events, newest first` }),
    ).toBeAttached({ timeout: 300 });
  }).toPass({ intervals: [100], timeout: 30_000 });
  await expect(rows.last()).toContainText('1965');
  expect(await page.evaluate(() => window.scrollY)).toBe(pageAt);
});

test('a shared link for another view is drawn with every part in place: nothing moves and no part says it is loading', async ({
  page,
}) => {
  // the page is prerendered for the default view, and drawn anew for any other
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number; placeholders: string[] };
    w.shifted = 0;
    w.placeholders = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEntry[] & { value: number }[])
        w.shifted += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      for (const p of document.querySelectorAll('main p.loading'))
        w.placeholders.push(p.textContent ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  await open(page, '/?view=list');
  await expect(page.getByRole('region', { name: 'Events as a list' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read the story' })).toBeVisible();
  // after the next frame is painted, every shift of it has been reported
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const seen = await page.evaluate(() => {
    const w = window as unknown as { shifted: number; placeholders: string[] };
    return { shifted: w.shifted, placeholders: w.placeholders };
  });
  expect(seen).toEqual({ shifted: 0, placeholders: [] });
});

test('the list holds the place of the rows it has not drawn: the scrollbar dragged to the end finds the oldest event there', async ({
  page,
}) => {
  await page.goto('/ja.html?view=list');
  await appReady(page);
  const list = page.getByRole('region', { name: '出来事の一覧' });
  await expect(list.locator('.list-event').first()).toBeVisible();
  // one drag of the box's scrollbar to its end, as far as the box reaches at that moment
  await list.evaluate((box) => {
    box.scrollIntoView({ block: 'end' });
    box.scrollTop = box.scrollHeight;
  });
  const last = list.locator('.list-event').last();
  await expect(last).toContainText('1965');
  await expect(last).toBeInViewport();
  await expect(list.locator('.list-end')).toHaveCount(0);
});

test('on a phone the list opens at the cursor, newest first, rows in their issue colour, landmarks marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/?asOf=2019-07-04');
  const list = page.getByRole('region', { name: 'Events as a list' });
  const first = list.locator('.list-event').first();
  await expect(first).toContainText('4 July 2019');
  // later events are hidden: the list ends at the cursor, with nothing after it
  await expect(list.getByRole('heading', { name: /^After / })).toHaveCount(0);
  const landmark = list.locator('.list-event[data-landmark]').first();
  await expect(landmark).toContainText('Landmark');
  const edge = await first.evaluate((el) => getComputedStyle(el).borderLeftColor);
  expect(edge).not.toBe('rgba(0, 0, 0, 0)');
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await expect(list.locator('.list-event').first()).toContainText('1965');
  await expect(list.getByRole('heading', { name: /^After / })).toHaveCount(0);
  // the order is part of the link: shared or reloaded, the list reads the same way
  await expect(page).toHaveURL(/[?&]order=oldest/);
  await page.reload();
  await expect(list.locator('.list-event').first()).toContainText('1965');
  await expect(page.getByRole('button', { name: 'Oldest first' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(list.locator('.list-event').first()).toContainText('4 July 2019');
  // shown dimmed on request, the later events are listed under a heading that says so, at the
  // end of the list (drawn as the reader scrolls there)
  await open(page, '/?asOf=2019-07-04&future=dim');
  await page.keyboard.press('End');
  await expect(
    list.getByRole('heading', { name: /^After 4 Jul 2019: not yet known then/ }),
  ).toBeAttached();
  // and the list still opens at the cursor
  await expect(list.locator('.list-event').first()).toContainText('4 July 2019');
});

// Below 700 px the stylesheet hides the lanes: their prerendered markup is kept as it is
// (features/common/KeptMarkup.tsx) instead of being laid out and hydrated for nobody.
test('on a phone the hidden lanes are neither loaded nor hydrated; a wider window draws them', async ({
  page,
}) => {
  const { errors } = watch(page);
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const lanes = page.locator('.timeline .lanes');
  await expect(lanes).toBeHidden();
  // the prerendered lanes are still there, as they arrived
  await expect(lanes.locator('.marker').first()).toBeAttached();
  // and inert, so that the moment a widened window shows them before the live lanes, their
  // dead buttons take no click or focus
  await expect(lanes).toHaveAttribute('inert', '');
  expect(chunks.filter((c) => /\/PageLanes-[\w-]+\.js$/.test(c))).toEqual([]);
  // turned to a wide window, the page draws live lanes that answer
  await page.setViewportSize({ width: 1280, height: 900 });
  const group = page.getByRole('group', { name: 'Events in lanes by issue' });
  await expect(group).toBeVisible();
  await group
    .getByRole('button', { name: /^\d{1,2} \w+ \d{4}: / })
    .first()
    .click();
  await expect(page).toHaveURL(/[?&]event=/);
  expect(errors).toEqual([]);
});

/** The page's boot files (#boot-files) and the chunks its entry imports, in order (./assets/…). */
async function entryImports(page: Page) {
  const boot = JSON.parse((await page.locator('#boot-files').textContent()) ?? '{}') as {
    preloads: string[];
    entry: string;
  };
  const entry = await (await page.request.get(new URL(boot.entry, page.url()).href)).text();
  const imported = [...entry.matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map(
    (m) => `./assets/${m[1]}`,
  );
  return { boot, imported };
}

// The entry evaluates React DOM and the app's code in tasks of their own (src/app/main.tsx),
// each by a dynamic import. The loader must name those chunks (and what they import) so that
// the browser fetches them with the entry: otherwise each waits for the one before it. The
// entry's third import, the ?data= loader, is for addresses with ?data= only.
test('the loader requests every chunk the entry imports, with the entry', async ({ page }) => {
  for (const path of ['/', '/ja.html', '/ko.html']) {
    await page.goto(path);
    const { boot, imported } = await entryImports(page);
    const [loader, ...staged] = imported;
    expect(loader, `${path}: the ?data= loader's chunk`).toMatch(/load-worker-client-/);
    expect(boot.preloads, `${path}: not requested for the bundled data`).not.toContain(loader);
    // React DOM first, then the boot code
    expect(staged, `${path}: the entry's staged imports`).toHaveLength(2);
    for (const file of staged) expect(boot.preloads, `${path}: ${file}`).toContain(file);
    await appReady(page);
  }
});

// React DOM is a CommonJS package the bundler wraps in a callback. As an arrow, V8 parsed its
// 200 KB again on the main thread when the page ran it, the longest task of the start; as a
// parenthesised function it is compiled with the download (scripts/eager-commonjs.ts).
test('React DOM is compiled with its download: its wrappers are function expressions', async ({
  page,
}) => {
  await page.goto('/');
  const { imported } = await entryImports(page);
  // the ?data= loader first (for addresses with ?data=), then React DOM
  const reactDom = imported[1];
  expect(reactDom, 'the chunk the entry evaluates first').toMatch(/^\.\/assets\/client-/);
  const code = await (await page.request.get(new URL(reactDom!, page.url()).href)).text();
  // the scheduler, React DOM and its client, each with its `module` wrapper
  expect(code.match(/[\w$]\(\(function\([\w$,]*\)\{/g)).toHaveLength(6);
  expect(code).not.toMatch(/[\w$]\(\(\(?[\w$,]*\)?=>\{/);
  await appReady(page);
});

// The stylesheet is inlined into every page; a lazy chunk that names it as its dependency
// must not load it again (it was fetched after the start and applied a second time).
test('no stylesheet is fetched: the page has its styles inline, once', async ({ page }) => {
  const sheets: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'stylesheet' || r.url().endsWith('.css')) sheets.push(r.url());
  });
  await open(page, '/');
  // the chunks loaded on the way down the page: the indicators come last
  const section = page.getByRole('region', { name: 'Indicators' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('article', { name: /Public opinion/ })).toBeVisible();
  expect(sheets).toEqual([]);
  expect(
    await page.evaluate(() => [...document.styleSheets].filter((s) => !s.disabled).length),
  ).toBe(1);
});
