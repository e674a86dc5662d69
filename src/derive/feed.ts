import type { Dataset, DisputeEvent } from '../model/schema';
// the feed is written in English, dates included
import { core as en } from '../i18n/en/core';
import { eventsSearchedThrough } from './coverage';
import { byDate } from './dates';
import { eventStatusAsOf } from './event-status';
import { namesOf } from './names';
import { xmlEscape } from './xml-text';

/**
 * The Atom feed of the newest events (RFC 4287), built at build time as dist/feed.xml.
 * Pure: the same dataset and options give the same bytes. It stops where the search for
 * events stopped (eventsSearchedThrough) and says so in its subtitle.
 */

export const FEED_SIZE = 50;

/**
 * Tag URIs (RFC 4151) need a domain the publisher holds. Without a public address this
 * reserved name stands in; set VITE_PUBLIC_URL when building the published copy so that
 * the ids are minted on its host.
 */
export const PLACEHOLDER_AUTHORITY = 'jk-dispute-tracker.invalid';
/** The year in the tag URIs: when these ids were first minted. Never change it. */
const TAG_YEAR = '2026';

export interface FeedOptions {
  /** The page's public address (VITE_PUBLIC_URL); without it links are relative to the feed. */
  publicUrl?: string | null;
  /** How many events; the newest by date. */
  limit?: number;
}

/**
 * The public address as a base for `?event=` links and permalinks: origin and path, or
 * null when unset or not an http(s) address.
 */
export function feedBase(publicUrl: string | null | undefined): string | null {
  if (!publicUrl) return null;
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/** The folder of a page address, where the build puts feed.xml beside index.html. */
function folderOf(base: string): string {
  if (base.endsWith('/')) return base;
  const last = base.slice(base.lastIndexOf('/') + 1);
  return last.includes('.') ? base.slice(0, base.lastIndexOf('/') + 1) : `${base}/`;
}

/** The newest `limit` events by date; on the same day the one later in the file first. */
export function newestEvents(events: readonly DisputeEvent[], limit = FEED_SIZE): DisputeEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => byDate(b.e, a.e) || b.i - a.i)
    .slice(0, limit)
    .map(({ e }) => e);
}

/** An ISO date as an RFC 3339 instant: midnight of that day in Korea and Japan (UTC+9). */
function instant(date: string): string {
  return `${date}T00:00:00+09:00`;
}

const statusPrefix: Record<string, string> = {
  planned: 'Planned: ',
  postponed: 'Postponed: ',
  cancelled: 'Cancelled: ',
};

/** The Atom feed of a dataset's newest events, each linking to `?event=<id>`. */
export function atomFeed(dataset: Dataset, options: FeedOptions = {}): string {
  const { meta } = dataset;
  const base = feedBase(options.publicUrl);
  const authority = base ? new URL(base).hostname : PLACEHOLDER_AUTHORITY;
  const tag = (specific: string) => `tag:${authority},${TAG_YEAR}:${specific}`;
  const page = base ?? './';
  const self = base ? `${folderOf(base)}feed.xml` : 'feed.xml';
  const { issues } = namesOf(dataset);
  const updated =
    meta.sourcesCheckedOn && meta.sourcesCheckedOn > meta.lastUpdated
      ? meta.sourcesCheckedOn
      : meta.lastUpdated;

  const through = eventsSearchedThrough(dataset);
  // what was known on the last day searched: nothing first heard of later
  const known = dataset.events.filter((e) => eventStatusAsOf(e, through) !== null);
  const entries = newestEvents(known, options.limit ?? FEED_SIZE).map((e) => {
    const status = eventStatusAsOf(e, through) ?? 'planned';
    const title = `${statusPrefix[status] ?? ''}${e.title}`;
    const link = `${page}?event=${encodeURIComponent(e.id)}`;
    const categories = e.issues
      .map(
        (id) =>
          `    <category term="${xmlEscape(id)}" label="${xmlEscape(issues.get(id) ?? id)}"/>`,
      )
      .join('\n');
    return [
      '  <entry>',
      `    <title type="text">${xmlEscape(title)}</title>`,
      `    <id>${xmlEscape(tag(`event/${e.id}`))}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `    <updated>${instant(e.date)}</updated>`,
      `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
      categories,
      '  </entry>',
    ]
      .filter((line) => line !== '')
      .join('\n');
  });

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title type="text">${xmlEscape(`${meta.title}: latest events`)}</title>`,
    `  <subtitle type="text">${xmlEscape(subtitle(meta.subtitle, through))}</subtitle>`,
    `  <id>${xmlEscape(tag('feed'))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
    `  <updated>${instant(updated)}</updated>`,
    `  <author><name>${xmlEscape(meta.title)}</name></author>`,
    `  <rights type="text">${xmlEscape(`${meta.licence}. ${meta.credit}`)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The data's subtitle, then where the record stops: readers of the feed see no page header. */
function subtitle(own: string | undefined, through: string): string {
  const stop = `No events recorded after ${en.format.shortDate(through)}: reports were searched up to that day.`;
  return own ? `${own}. ${stop}` : stop;
}
