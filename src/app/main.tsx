import { StrictMode, startTransition, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { derivationsOf } from '../derive/derivations';
import { isDefaultQuery, queryWarningText } from '../derive/url-state';
import { loadCatalogue, loadedCatalogue } from '../i18n/catalogue';
import { LangContext, type LangState } from '../i18n/context';
import { core as enCore } from '../i18n/en/core';
import { isLang, pageUrlFor, resolveLang, type Lang, type TranslatedLang } from '../i18n/lang';
import { loadBundledDataset, type LoadResult } from '../model/load';
import type { LoadProgress } from '../model/load-custom';
import type { Dataset } from '../model/schema';
import type { Translation } from '../model/translations';
import type { DataState } from '../store/dataset-context';
import { useTracker } from '../store/tracker-store';
import { startUrlSync } from '../store/url-sync';
import { App, preloadShellParts } from './App';
import { applyTheme } from './theme';
import './app.css';

const container = document.getElementById('root')!;
const params = new URLSearchParams(window.location.search);
const embed = params.get('embed') !== null && params.get('embed') !== '0';
const dataParam = params.get('data');
const baseUrl = import.meta.env.BASE_URL;
let root: Root | null = null;
let stopSync: (() => void) | null = null;

// ---- language: which one, and what it needs loaded (see i18n/lang.ts) ----
const html = document.documentElement;
/** the language this page was prerendered in (index.html en, ja.html ja, ko.html ko) */
const pageLang: Lang = isLang(html.lang) ? html.lang : 'en';
/** set on the built pages, which exist as index.html, ja.html and ko.html */
const builtPages = html.hasAttribute('data-pages');
const chosen = resolveLang({
  param: params.get('lang'),
  page: pageLang,
  stored: useTracker.getState().preferredLang,
  browser: navigator.languages ?? [navigator.language],
});
let lang: Lang = chosen.lang;
const translations = new Map<TranslatedLang, Translation>();
/** the data as loaded (English); what the page shows is its localised form */
let current: DataState = { phase: 'loading' };

const isBundled = (data: DataState) => data.phase === 'ready' && !data.custom;

/** Puts translated texts in place; loaded with the first translation (English pages rarely need it). */
let localiseDataset: typeof import('../i18n/localise').localiseDataset | null = null;

/** A language's texts of the bundled dataset, and the code that fetches them and puts them in place. */
async function loadTexts(l: TranslatedLang): Promise<void> {
  const m = await import('../i18n/localise');
  const t = await m.loadTranslation(baseUrl, l);
  localiseDataset = m.localiseDataset;
  translations.set(l, t);
}

/** The catalogue and, for the bundled dataset, the translation a language needs. */
async function prepareLanguage(next: Lang, bundled: boolean): Promise<void> {
  if (next === 'en') return;
  await Promise.all([loadCatalogue(next), bundled ? loadTexts(next) : undefined]);
}

let memo: {
  data: DataState;
  lang: Lang;
  loaded: number;
  out: DataState;
  reference: Dataset | null;
} | null = null;

/** The data as the current language shows it (translated texts; every language searchable). */
function localised(data: DataState): { data: DataState; reference: Dataset | null } {
  if (data.phase !== 'ready' || data.custom || !localiseDataset) return { data, reference: null };
  if (memo && memo.data === data && memo.lang === lang && memo.loaded === translations.size)
    return { data: memo.out, reference: memo.reference };
  const shown = lang === 'en' ? null : (translations.get(lang) ?? null);
  const dataset = localiseDataset(data.dataset, shown, [...translations.values()]);
  const reference = shown ? data.dataset : null;
  memo = { data, lang, loaded: translations.size, out: { ...data, dataset }, reference };
  return { data: memo.out, reference };
}

/** The Japanese or Korean catalogue of the language shown (loaded before it is shown); null in English. */
const shownCatalogue = () => (lang === 'en' ? null : loadedCatalogue(lang));
/** The page shell's messages in the language shown. */
const coreMessages = () => shownCatalogue()?.core ?? enCore;

function langState(reference: Dataset | null): LangState {
  return {
    lang,
    catalogue: shownCatalogue(),
    reference,
    translation: lang === 'en' ? null : (translations.get(lang) ?? null),
    switchTo: (next) => void switchLanguage(next),
    wantAllTranslations,
  };
}

function element(data: DataState) {
  const { data: shown, reference } = localised(data);
  return (
    <StrictMode>
      <App
        data={shown}
        embed={embed}
        lang={langState(reference)}
        onUseBundled={() => void switchToBundled()}
      />
    </StrictMode>
  );
}

/** The document's language, title and description follow the page's language. */
function labelDocument() {
  html.lang = lang;
  const data = localised(current).data;
  if (data.phase === 'ready') document.title = data.dataset.meta.title;
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', coreMessages().page.description);
}

/** The address of this view in a language: ja.html / ko.html / index.html when built. */
function addressFor(next: Lang): string {
  const { pathname, search, hash } = window.location;
  if (builtPages) return pageUrlFor(next, pathname, search, hash);
  const params = new URLSearchParams(search);
  if (next === pageLang) params.delete('lang');
  else params.set('lang', next);
  const query = params.toString().replace(/%2C/g, ',');
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

async function switchLanguage(next: Lang) {
  if (next === lang) return;
  try {
    await prepareLanguage(next, isBundled(current));
  } catch (error) {
    const text = coreMessages().language.failed(String(error));
    useTracker.getState().addNotices([{ kind: 'text', text }]);
    return;
  }
  lang = next;
  useTracker.getState().setPreferredLang(next);
  window.history.replaceState(null, '', addressFor(next));
  labelDocument();
  rerender();
}

let wantingAll = false;
/** Search asks for every translation the first time it is used: then ja and ko words match. */
function wantAllTranslations() {
  if (wantingAll || !isBundled(current)) return;
  wantingAll = true;
  const missing = (['ja', 'ko'] as const).filter((l) => !translations.has(l));
  if (missing.length === 0) return;
  void Promise.all(missing.map(loadTexts)).then(
    // a transition: the redraw with the searchable texts yields to typing
    () => startTransition(rerender),
    (error: unknown) => {
      wantingAll = false;
      console.warn('[jk-tracker] translations for search could not be loaded:', error);
    },
  );
}

function rerender() {
  if (root) root.render(element(current));
}

function toState(result: LoadResult, custom: boolean): DataState {
  return result.ok
    ? { phase: 'ready', dataset: result.dataset, custom }
    : {
        phase: 'failed',
        title: result.title,
        problems: result.problems,
        ...(result.summary && { summary: result.summary }),
      };
}

/** Builds the search index while the page is idle, so the first keystroke in a large dataset does not stall. */
function warmSearch(data: DataState) {
  if (data.phase !== 'ready') return;
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 300));
  idle(() => {
    const shown = localised(data).data;
    if (shown.phase === 'ready') derivationsOf(shown.dataset).index.search();
  });
}

function show(data: DataState) {
  current = data;
  if (data.phase === 'ready') {
    stopSync?.();
    stopSync = startUrlSync(data.dataset);
    warmSearch(data);
  }
  root ??= createRoot(container);
  root.render(element(data));
}

/** Draws a screen of its own (a ?data= load in progress), in the page's language. */
function render(node: ReactNode) {
  root ??= createRoot(container);
  root.render(
    <StrictMode>
      <LangContext.Provider value={langState(null)}>{node}</LangContext.Provider>
    </StrictMode>,
  );
}

/**
 * Loads ?data= in a worker (fetch, parse and checks off this thread), showing how far it
 * has got with a Cancel button; cancelled, it offers the bundled dataset or another try.
 */
async function showCustom(source: string) {
  const [{ loadInWorker }, { DatasetProgress, DatasetCancelled }] = await Promise.all([
    import('../model/load-worker-client'),
    import('./DatasetProgress'),
  ]);
  let cancel = () => {};
  const progress = (p: LoadProgress | null) => (
    <DatasetProgress progress={p} onCancel={() => cancel()} />
  );
  // drawn at once and shown: the prerendered page stays hidden until then (js-pending)
  flushSync(() => render(progress(null)));
  document.documentElement.classList.remove('js-pending');
  const load = loadInWorker(source, window.location.href, (p) => render(progress(p)));
  cancel = load.cancel;
  const result = await load.result;
  // as a transition, the first render of a large dataset yields between components
  if (result) startTransition(() => show(toState(result, true)));
  else
    render(
      <DatasetCancelled
        source={source}
        onUseBundled={() => void switchToBundled()}
        onRetry={() => void showCustom(source)}
      />,
    );
}

/** Drops ?data= and shows the bundled dataset, keeping every other choice in the URL. */
async function switchToBundled() {
  const next = new URLSearchParams(window.location.search);
  next.delete('data');
  const address = new URL(window.location.href);
  address.search = next.toString();
  address.hash = '';
  window.history.replaceState(null, '', address.href);
  show({ phase: 'loading' });
  const data = toState(await loadBundledDataset(baseUrl), false);
  if (lang !== 'en' && !translations.has(lang as TranslatedLang))
    await prepareLanguage(lang, true).catch(() => {});
  show(data);
  labelDocument();
}

/** Loads what the chosen language needs; on failure the page falls back to English and says so. */
async function prepareStartLanguage(bundled: boolean) {
  try {
    await prepareLanguage(lang, bundled);
  } catch (error) {
    lang = 'en';
    useTracker
      .getState()
      .addNotices([{ kind: 'text', text: enCore.language.failed(String(error)) }]);
  }
}

async function start() {
  // the header's, cursor's, filters' and list's chunks, requested with the data, not when React asks
  void preloadShellParts();
  if (chosen.warning) {
    console.warn(`[jk-tracker] ${queryWarningText(chosen.warning)}`);
    useTracker.getState().addNotices([chosen.warning]);
  }
  // The build prerenders the default view; hydrate it when this URL asks for exactly that view.
  const prerendered = container.dataset.prerendered === 'default';
  if (
    prerendered &&
    lang === pageLang &&
    !embed &&
    dataParam === null &&
    isDefaultQuery(window.location.search)
  ) {
    let [loaded] = await Promise.all([loadBundledDataset(baseUrl), prepareStartLanguage(true)]);
    // the prerendered page stays readable without its data: it waits, with a way to try again
    if (!loaded.ok) {
      const { retryUntilLoaded } = await import('./DatasetRetry');
      const retry = () => loadBundledDataset(baseUrl);
      loaded = {
        ok: true,
        dataset: await retryUntilLoaded(loaded, retry, langState(null), container),
      };
    }
    const data = toState(loaded, false);
    current = data;
    if (lang !== pageLang) {
      // the language could not be loaded: draw the page anew rather than hydrate it
      labelDocument();
      show(data);
      finish();
      return;
    }
    // as a transition, hydration yields to the browser every few milliseconds instead of
    // blocking the main thread for the whole page
    startTransition(() => {
      root = hydrateRoot(container, element(data));
    });
    if (data.phase === 'ready') stopSync = startUrlSync(data.dataset);
    warmSearch(data);
  } else {
    if (embed) document.documentElement.classList.add('embed-mode');
    await prepareStartLanguage(dataParam === null);
    labelDocument();
    show({ phase: 'loading' });
    if (dataParam === null) show(toState(await loadBundledDataset(baseUrl), false));
    else await showCustom(dataParam);
    labelDocument();
  }
  finish();
}

function finish() {
  document.documentElement.classList.remove('js-pending');
  applyTheme(useTracker.getState().theme);
  useTracker.subscribe((s, prev) => {
    if (s.theme !== prev.theme) applyTheme(s.theme);
  });
}

void start();
