import {
  parseQuery,
  queryWarningText,
  sanitizeAgainstDataset,
  serializeQuery,
} from '../derive/url-state';
import type { Dataset } from '../model/schema';
import { useTracker, viewStateOf } from './tracker-store';

let replaceNext = false;

/**
 * The next change of the view replaces the history entry instead of adding one: a link
 * like ?story=3 is filled in with the chapter's view, which is the same place, not a step.
 */
export function replaceNextEntry(): void {
  replaceNext = true;
}

/** Typing in the search box or dragging the slider replaces the history entry instead of adding one. */
const COALESCE_MS = 1000;

/**
 * Keeps the store and the address bar in step, both ways: every choice is written to
 * the query string (only non-defaults); back/forward re-apply the state of that entry.
 * Returns a function that stops syncing.
 */
export function startUrlSync(dataset: Dataset, win: Window = window): () => void {
  // this page's address with another query, written out whole: `pathname` + query would be
  // read as another site's address when a host serves the page at https://site//other.example/
  const withQuery = (search: string) => {
    const url = new URL(win.location.href);
    url.search = search;
    return url.href;
  };
  const applyFromLocation = () => {
    const parsed = parseQuery(win.location.search);
    const clean = sanitizeAgainstDataset(parsed.state, dataset);
    const warnings = [...parsed.warnings, ...clean.warnings];
    for (const w of warnings) console.warn(`[jk-tracker] ${queryWarningText(w)}`);
    // Only touch the store when the URL asks for something else: a no-op update would
    // still hand every subscriber new objects and re-render the whole page.
    if (serializeQuery(clean.state) !== serializeQuery(viewStateOf(useTracker.getState()))) {
      useTracker.getState().applyViewState(clean.state);
    }
    return warnings;
  };
  const warnings = applyFromLocation();
  if (warnings.length) useTracker.getState().addNotices(warnings);
  // write back the cleaned URL without the ignored parameters
  const cleaned = serializeQuery(viewStateOf(useTracker.getState()), win.location.search);
  if (cleaned !== win.location.search) win.history.replaceState(null, '', withQuery(cleaned));

  let applying = false;
  let lastKey = '';
  let lastAt = 0;
  const unsubscribe = useTracker.subscribe((state, prev) => {
    if (applying) return;
    const next = serializeQuery(viewStateOf(state), win.location.search);
    if (next === win.location.search) return;
    const key = changedKey(state, prev);
    const now = Date.now();
    const url = withQuery(next);
    const replace = replaceNext;
    replaceNext = false;
    if (
      replace ||
      (key === lastKey && (key === 'query' || key === 'asOf') && now - lastAt < COALESCE_MS)
    ) {
      win.history.replaceState(null, '', url);
    } else {
      win.history.pushState(null, '', url);
    }
    lastKey = key;
    lastAt = now;
  });
  const onPop = () => {
    applying = true;
    try {
      applyFromLocation();
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}

function changedKey(
  a: ReturnType<typeof useTracker.getState>,
  b: ReturnType<typeof useTracker.getState>,
): string {
  // a chapter is a step of its own, never folded into the cursor's coalesced entries
  if (a.story !== b.story) return 'story';
  if (a.filters.query !== b.filters.query) return 'query';
  if (a.asOf !== b.asOf) return 'asOf';
  return 'other';
}
