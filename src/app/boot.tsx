/**
 * Boot code (evaluated in a task of its own by main.tsx): reads the address, loads the
 * dataset and what the language needs into the language store, and hydrates the
 * prerendered page or draws it anew. The state lives in the
 * stores (store/tracker-store.ts: choices; store/language-store.ts: language and data);
 * the page is drawn from them by Root.
 */
import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root as ReactRoot } from 'react-dom/client';
import { isDefaultQuery, queryWarningText } from '../derive/url-state';
import { englishState } from '../i18n/context';
import { isLang, resolveLang, type Lang } from '../i18n/lang';
import { loadBundledDataset } from '../model/load';
import type { CustomLoad } from '../model/load-worker-client';
import { dataStateOf } from '../store/dataset-context';
import { languageStore as language } from '../store/language-store';
import { useTracker } from '../store/tracker-store';
import { preloadPageParts, preloadShellParts } from './App';
import { labelDocument } from './document-language';
import { followStores } from './follow-stores';
import { showCustom, switchToBundled, type Drawing } from './custom-dataset';
import { Root } from './Root';

const container = document.getElementById('root')!;
const params = new URLSearchParams(window.location.search);
const embed = params.get('embed') !== null && params.get('embed') !== '0';
const dataParam = params.get('data');
const baseUrl = import.meta.env.BASE_URL;
const html = document.documentElement;
/** the language this page was prerendered in (index.html en, ja.html ja, ko.html ko) */
const page = {
  lang: (isLang(html.lang) ? html.lang : 'en') as Lang,
  built: html.hasAttribute('data-pages'),
};

/** The app, or a screen of its own while a ?data= dataset loads. */
function draw(root: ReactRoot, screen?: ReactNode) {
  root.render(element(root, screen));
}

const drawing: Drawing = { draw, baseUrl };

function element(root: ReactRoot | null, screen?: ReactNode) {
  return (
    <StrictMode>
      <Root
        embed={embed}
        onUseBundled={() => void switchToBundled(drawing, root)}
        screen={screen}
      />
    </StrictMode>
  );
}

/** `early`: the ?data= load main.tsx started, if the address has one. */
export async function start(early: Promise<CustomLoad> | null = null) {
  // the header's, cursor's, filters' and list's chunks, requested with the data, not when React asks
  void preloadShellParts();
  const chosen = resolveLang({
    param: params.get('lang'),
    page: page.lang,
    stored: useTracker.getState().preferredLang,
    browser: navigator.languages ?? [navigator.language],
  });
  if (chosen.warning) {
    console.warn(`[jk-tracker] ${queryWarningText(chosen.warning)}`);
    useTracker.getState().addNotices([chosen.warning]);
  }
  const bundled = dataParam === null;
  const { open, wantSearchTexts, setData } = language.getState();
  // a shared ?q= finds what typing finds: every language's texts are in place before it applies
  const searching = bundled && (params.get('q') ?? '').trim() !== '';
  const prepared = Promise.all([open(chosen.lang, bundled), searching && wantSearchTexts()]);
  // The build prerenders the default view; hydrate it when this URL asks for exactly that view.
  if (
    container.dataset.prerendered === 'default' &&
    chosen.lang === page.lang &&
    !embed &&
    bundled &&
    isDefaultQuery(window.location.search)
  ) {
    let [loaded] = await Promise.all([loadBundledDataset(baseUrl), prepared]);
    // the prerendered page stays readable without its data: it waits, with a way to try again
    if (!loaded.ok) {
      const { retryUntilLoaded } = await import('./DatasetRetry');
      const { lang, catalogues } = language.getState();
      const shown = {
        ...englishState,
        lang,
        catalogue: lang === 'en' ? null : (catalogues[lang] ?? null),
      };
      const retry = () => loadBundledDataset(baseUrl);
      loaded = { ok: true, dataset: await retryUntilLoaded(loaded, retry, shown, container) };
    }
    setData(dataStateOf(loaded, false));
    // if the language could not be loaded the page is drawn anew below, rather than hydrated
    if (language.getState().lang === page.lang) {
      // as a transition, hydration yields to the browser every few milliseconds instead of
      // blocking the main thread for the whole page
      startTransition(() => void hydrateRoot(container, element(null)));
      followStores(page);
      html.classList.remove('js-pending');
      return;
    }
  }
  if (embed) html.classList.add('embed-mode');
  // a prerendered page drawn anew stands as it is until the new drawing has all its parts
  const redrawn = container.dataset.prerendered === 'default' && !embed && bundled;
  await Promise.all([prepared, redrawn && preloadPageParts()]);
  labelDocument(language.getState());
  const root = createRoot(container);
  draw(root);
  followStores(page);
  if (dataParam !== null) return showCustom(drawing, root, dataParam, early);
  if (language.getState().data.phase === 'loading')
    setData(dataStateOf(await loadBundledDataset(baseUrl), false));
  html.classList.remove('js-pending');
}
