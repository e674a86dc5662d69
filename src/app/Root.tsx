import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { derivationsOf } from '../derive/derivations';
import { LangContext } from '../i18n/context';
import type { DataState } from '../store/dataset-context';
import { useLanguage } from '../store/language-store';
import { App } from './App';
import { viewFor } from './view-for';

/**
 * The app as the language store says to draw it: the store's data and language through
 * viewFor. `screen` stands in for the app while a ?data= dataset loads (in the page's
 * language). A new language or translation is drawn as a deferred value: the redraw yields
 * to typing and clicks, and the element is reused until then, so nothing redraws twice.
 */
export function Root({
  embed,
  onUseBundled,
  screen,
}: {
  embed: boolean;
  onUseBundled: () => void;
  screen?: ReactNode;
}) {
  const data = useLanguage((s) => s.data);
  const lang = useLanguage((s) => s.lang);
  const catalogue = useLanguage((s) => (s.lang === 'en' ? null : (s.catalogues[s.lang] ?? null)));
  const translations = useLanguage((s) => s.translations);
  const localiser = useLanguage((s) => s.localiser);
  const view = useDeferredValue(
    useMemo(
      () => viewFor(data, lang, { catalogue, translations, localiser }),
      [data, lang, catalogue, translations, localiser],
    ),
  );
  useWarmSearch(view.data);
  return useMemo(
    () =>
      screen ? (
        <LangContext.Provider value={view.lang}>{screen}</LangContext.Provider>
      ) : (
        <App data={view.data} embed={embed} lang={view.lang} onUseBundled={onUseBundled} />
      ),
    [view, embed, onUseBundled, screen],
  );
}

/** The longest slice of idle time that warming the search index takes at once, in ms. */
const WARM_SLICE_MS = 4;

/**
 * Builds the search index while the page is idle, a slice at a time, so that the first
 * keystroke in a large dataset does not stall and no slice blocks the page.
 */
function useWarmSearch(data: DataState) {
  useEffect(() => {
    if (data.phase !== 'ready') return;
    const { index } = derivationsOf(data.dataset, data.searchText);
    const idle =
      window.requestIdleCallback ??
      ((cb: IdleRequestCallback) =>
        window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => WARM_SLICE_MS }), 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let id = 0;
    const work = (deadline: IdleDeadline) => {
      const until = performance.now() + Math.min(WARM_SLICE_MS, deadline.timeRemaining());
      if (!index.warmSearch(() => performance.now() < until)) id = idle(work);
    };
    id = idle(work);
    return () => cancel(id);
  }, [data]);
}
