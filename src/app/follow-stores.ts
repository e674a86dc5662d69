import type { Lang } from '../i18n/lang';
import type { DataState } from '../store/dataset-context';
import { languageStore as language } from '../store/language-store';
import { useTracker } from '../store/tracker-store';
import { startUrlSync } from '../store/url-sync';
import { addressFor, labelDocument } from './document-language';
import { applyTheme } from './theme';

/**
 * Keeps what lies outside React in step with the stores: the address bar (the view state
 * both ways, and the page of the shown language), the document's language and title, the
 * theme, and the search texts a query needs. Called once, when the page has its language.
 */
export function followStores(page: { lang: Lang; built: boolean }): void {
  let stopSync: (() => void) | null = null;
  const ready = (data: DataState) => {
    stopSync?.();
    stopSync = data.phase === 'ready' ? startUrlSync(data.dataset) : null;
  };
  ready(language.getState().data);
  language.subscribe((s, prev) => {
    if (s.data !== prev.data) ready(s.data);
    if (s.lang !== prev.lang)
      window.history.replaceState(null, '', addressFor(s.lang, page, window.location));
    if (s.lang !== prev.lang || s.data !== prev.data) labelDocument(s);
  });
  // a query from a link or from back/forward searches every language, as typing does
  useTracker.subscribe((s) => {
    if (s.filters.query.trim()) void language.getState().wantSearchTexts();
  });
  applyTheme(useTracker.getState().theme);
  useTracker.subscribe((s, prev) => {
    if (s.theme !== prev.theme) applyTheme(s.theme);
  });
}
