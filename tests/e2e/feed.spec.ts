import { expect, test } from '@playwright/test';
import { bundled, open } from './helpers';

test('the build publishes an Atom feed of the 50 newest events, linked from the page', async ({
  page,
  request,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);

  await open(page);
  // the page advertises the feed
  await expect(
    page.locator('head link[rel="alternate"][type="application/atom+xml"]'),
  ).toHaveAttribute('href', 'feed.xml');

  // it parses as XML in the browser, with 50 entries, newest first
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      count: entries.length,
      first: {
        title: entries[0]?.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
        href: entries[0]?.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
        updated: entries[0]?.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
      },
    };
  }, xml);
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('feed');
  expect(parsed.count).toBe(50);
  const newest = [...bundled.events].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
  expect(parsed.first.updated?.slice(0, 10)).toBe(newest.date);

  // an entry's link, resolved against the feed's address, opens that event
  const link = new URL(parsed.first.href!, new URL('/feed.xml', page.url())).href;
  await open(page, link);
  await expect(page.getByRole('dialog', { name: parsed.first.title! })).toBeVisible();
});
