/**
 * Build-time only (scripts/prerender.mjs): renders the default view to HTML so the page
 * paints before any script runs, and the Atom feed. The element must equal the one
 * main.tsx hydrates.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { atomFeed } from '../derive/feed';
import { loadCatalogue } from '../i18n/catalogue';
import { englishState, type LangState } from '../i18n/context';
import { core as enCore } from '../i18n/en/core';
import type { Lang } from '../i18n/lang';
import { localiseDataset } from '../i18n/localise';
import type { Dataset } from '../model/schema';
import type { Translation } from '../model/translations';
import { preloadParts } from '../features/common/lazy-part';
import { App } from './App';

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
 * with their catalogue and the dataset's translation, as main.tsx draws them to hydrate.
 */
export async function renderDefaultView(
  dataset: Dataset,
  lang: Lang = 'en',
  translation?: Translation,
): Promise<string> {
  // every lazily loaded part in place, so the HTML holds them (no placeholder + reveal script)
  await preloadParts();
  let shown = dataset;
  let state: LangState = englishState;
  if (lang !== 'en') {
    if (!translation) throw new Error(`no ${lang} translation to prerender with`);
    shown = localiseDataset(dataset, translation, [translation]);
    state = {
      ...englishState,
      lang,
      catalogue: await loadCatalogue(lang),
      reference: dataset,
      translation,
    };
  }
  const { prelude } = await prerender(
    <StrictMode>
      <App
        data={{ phase: 'ready', dataset: shown, custom: false }}
        embed={false}
        lang={state}
        onUseBundled={() => {}}
      />
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
