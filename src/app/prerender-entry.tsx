/**
 * Build-time only (scripts/prerender.mjs): renders the default view to HTML so the page
 * paints before any script runs, and the Atom feed. The app is drawn from viewFor, as the
 * browser's Root draws the element that hydrates it.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { atomFeed } from '../derive/feed';
import { loadCatalogue } from '../i18n/catalogue';
import { core as enCore } from '../i18n/en/core';
import type { Lang } from '../i18n/lang';
import { localiseDataset, otherLanguagesText } from '../i18n/localise';
import type { Dataset } from '../model/schema';
import type { Translation } from '../model/translations';
import { preloadParts } from '../features/common/lazy-part';
import { App } from './App';
import { viewFor } from './view-for';

/**
 * dist/feed.xml: the newest events as an Atom feed, linking to `?event=<id>` on the public
 * address when VITE_PUBLIC_URL is set at build (as the page's permalinks do), else relative
 * to the feed, which sits beside index.html.
 */
export function renderFeed(dataset: Dataset): string {
  return atomFeed(dataset, { publicUrl: import.meta.env.VITE_PUBLIC_URL });
}

/** What a language's page says about itself in <head>: its title and description. */
export async function pageHead(
  dataset: Dataset,
  lang: Lang,
  translation?: Translation,
): Promise<{ title: string; description: string; noscript: string }> {
  const m = lang === 'en' ? enCore : (await loadCatalogue(lang)).core;
  return {
    title: (lang !== 'en' && translation?.meta?.title) || dataset.meta.title,
    description: m.page.description,
    noscript: m.page.noscript,
  };
}

/**
 * The default view in one language: English from the dataset itself, Japanese and Korean
 * with their catalogue and the dataset's translation, as boot.tsx draws them to hydrate.
 */
export async function renderDefaultView(
  dataset: Dataset,
  lang: Lang = 'en',
  translation?: Translation,
): Promise<string> {
  // every lazily loaded part in place, so the HTML holds them (no placeholder + reveal script)
  await preloadParts();
  if (lang !== 'en' && !translation) throw new Error(`no ${lang} translation to prerender with`);
  const view = viewFor({ phase: 'ready', dataset, custom: false }, lang, {
    catalogue: lang === 'en' ? null : await loadCatalogue(lang),
    translations: lang === 'en' || !translation ? {} : { [lang]: translation },
    localiser: { localiseDataset, otherLanguagesText },
  });
  const { prelude } = await prerender(
    <StrictMode>
      <App data={view.data} embed={false} lang={view.lang} onUseBundled={() => {}} />
    </StrictMode>,
    // one document, every part in place: React would otherwise move large Suspense
    // boundaries out of line, to be revealed by inline script after the first paint
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const reader = prelude.getReader();
  const decoder = new TextDecoder();
  let html = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    html += decoder.decode(value, { stream: true });
  }
  return html + decoder.decode();
}
