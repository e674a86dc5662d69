/**
 * The document around the app in the shown language: <html lang>, <title>, the description,
 * and the address (ja.html / ko.html / index.html on the built pages, ?lang= in development).
 */
import type { Catalogue } from '../i18n/catalogue';
import { core as enCore } from '../i18n/en/core';
import { pageUrlFor, type Lang } from '../i18n/lang';
import type { LanguageState } from '../store/language-store';

/** The address of this view in a language. */
export function addressFor(
  next: Lang,
  page: { lang: Lang; built: boolean },
  { pathname, search, hash }: Pick<Location, 'pathname' | 'search' | 'hash'>,
): string {
  if (page.built) return pageUrlFor(next, pathname, search, hash);
  const params = new URLSearchParams(search);
  if (next === page.lang) params.delete('lang');
  else params.set('lang', next);
  const query = params.toString().replace(/%2C/g, ',');
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** The document's language, title and description follow the page's language. */
export function labelDocument(s: LanguageState, doc: Document = document): void {
  doc.documentElement.lang = s.lang;
  const catalogue: Catalogue | null = s.lang === 'en' ? null : (s.catalogues[s.lang] ?? null);
  if (s.data.phase === 'ready') {
    const translated = s.data.custom || s.lang === 'en' ? null : s.translations[s.lang];
    doc.title = translated?.meta?.title || s.data.dataset.meta.title;
  }
  doc
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', (catalogue?.core ?? enCore).page.description);
}
