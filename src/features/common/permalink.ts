import { feedBase } from '../../derive/feed';
import { serializeQuery, type ViewState } from '../../derive/url-state';
import type { Lang } from '../../i18n/lang';
import { useTracker, viewStateOf } from '../../store/tracker-store';

/*
 * Permalinks, built in one place for the page, the image export, the embed and the
 * indicator cards: the full page (never the embed) with the reader's current view.
 */

declare global {
  interface Window {
    /** Set by `npm run snapshot -- --permalink-base` before the page loads. */
    __JK_PUBLIC_URL__?: string;
  }
}

/**
 * The address permalinks start from: the site's public address when one is configured
 * (a build-time VITE_PUBLIC_URL, or `npm run snapshot -- --permalink-base`), so that an
 * image made on a laptop never shows a local address; otherwise the page's own.
 */
export function permalinkBase(
  page: { origin: string; pathname: string },
  configured?: string | null,
): string {
  // an unusable setting falls back to the page's folder: the language pages (index.html,
  // ja.html, ko.html) share it, and the link's `lang` says which one opens
  return (
    feedBase(configured) ??
    `${page.origin}${page.pathname.replace(/(?:^|\/)(?:index|ja|ko)\.html$/, '/')}`
  );
}

/**
 * The permalink of a view: the full page (never the embed) with the same state. Given the
 * page's language, a Japanese or Korean view's link says `lang=ja` / `lang=ko` (so it opens
 * in that language wherever the public address points) and an English one carries no `lang`;
 * without it, a `lang` already in the address is kept as it is.
 */
export function permalink(base: string, state: ViewState, current: string, lang?: Lang): string {
  const params = new URLSearchParams(current);
  params.delete('embed');
  params.delete('title');
  if (lang === 'en') params.delete('lang');
  else if (lang) params.set('lang', lang);
  return `${base}${serializeQuery({ ...state, eventId: null }, params.toString())}`;
}

/** Where this page's permalinks start: the configured public address, else the page itself. */
export function currentPermalinkBase(): string {
  const configured = window.__JK_PUBLIC_URL__ || import.meta.env.VITE_PUBLIC_URL;
  return permalinkBase(window.location, configured);
}

/** The permalink of the view the reader has now (read when called, not on render). */
export function currentPermalink(lang?: Lang): string {
  return permalink(
    currentPermalinkBase(),
    viewStateOf(useTracker.getState()),
    window.location.search,
    lang,
  );
}
