import type { QueryWarning } from '../derive/url-state';

/**
 * The interface languages, and which one a visit gets. English is the reference and the
 * default; Japanese and Korean pages are prerendered beside it as ja.html and ko.html, in
 * the same folder so that every relative address the app uses stays the same.
 */
export const LANGS = ['en', 'ja', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
/** The languages the data is translated into (English is the data's own language). */
export type TranslatedLang = Exclude<Lang, 'en'>;

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Each language named in itself: the switcher shows all three whatever the page language. */
export const AUTONYMS: Record<Lang, string> = { en: 'English', ja: '日本語', ko: '한국어' };

/** The page each language is prerendered as, relative to the folder of index.html. */
export const PAGE_FILE: Record<Lang, string> = { en: 'index.html', ja: 'ja.html', ko: 'ko.html' };

/** The first of the browser's languages the dashboard offers ('ja-JP' → 'ja'), if any. */
export function browserLang(languages: readonly string[]): Lang | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}

export interface LangInputs {
  /** the ?lang= parameter, as written (may be invalid) */
  param: string | null;
  /** the language of the page that was opened (its <html lang>) */
  page: Lang;
  /** the language the reader chose before, if stored */
  stored: Lang | null;
  /** navigator.languages */
  browser: readonly string[];
}

/**
 * Which language to show: a valid ?lang= wins (a shared link carries it); a Japanese or
 * Korean page is an explicit choice of the link that led there; on the English page a
 * remembered choice, then the browser's language on a first visit, then English.
 * `warning` explains an invalid ?lang=.
 */
export function resolveLang(inputs: LangInputs): { lang: Lang; warning: QueryWarning | null } {
  const { param, page, stored, browser } = inputs;
  let warning: QueryWarning | null = null;
  if (param !== null) {
    if (isLang(param)) return { lang: param, warning };
    warning = { kind: 'not-a-choice', param: 'lang', value: param.slice(0, 40), allowed: LANGS };
  }
  if (page !== 'en') return { lang: page, warning };
  return { lang: stored ?? browserLang(browser) ?? 'en', warning };
}

/**
 * The address of the same view in another language: the page file swapped (index.html,
 * ja.html, ko.html in one folder), ?lang= dropped, every other parameter and the hash kept.
 *
 * Relative to the page, never built from `pathname`: a host that serves the page for any
 * path (an SPA fallback) would answer `https://site//evil.example/`, whose folder written
 * out, `//evil.example/`, is a link to another site. A relative address stays on this one.
 */
export function pageUrlFor(lang: Lang, pathname: string, search: string, hash = ''): string {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  const params = new URLSearchParams(search);
  params.delete('lang');
  const query = params.toString().replace(/%2C/g, ',');
  // keep "index.html" only where the reader's address had it; "./" is the folder itself
  const file = lang === 'en' ? (last === 'index.html' ? last : './') : PAGE_FILE[lang];
  return `${file}${query ? `?${query}` : ''}${hash}`;
}
