import { startTransition, useEffect, useState } from 'react';

/** A phone-sized screen: the stylesheet's breakpoint (app.css, `@media (max-width: 699px)`). */
export const NARROW_SCREEN = '(max-width: 699px)';

/** Whether a media query matches at this moment (false where there is no window: the prerender). */
export function mediaMatchesNow(query: string): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(query).matches === true;
}

/**
 * Whether a media query matches, kept current. Updates are transitions (useSyncExternalStore
 * would force a synchronous re-render right after hydration, a long task on a slow phone).
 *
 * By default false on the server and during hydration, so that hydration draws what the
 * prerender drew. `{ fromFirstRender: true }` reads it in the browser from the first render
 * on, hydration included: only for a choice whose both sides hydrate the same element (a
 * part and its KeptMarkup); there is no window in the prerender, where it is false.
 */
export function useMediaQuery(query: string, { fromFirstRender = false } = {}): boolean {
  const [matches, setMatches] = useState(() => fromFirstRender && mediaMatchesNow(query));
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const update = () => startTransition(() => setMatches(list.matches));
    update();
    list.addEventListener?.('change', update);
    return () => list.removeEventListener?.('change', update);
  }, [query]);
  return matches;
}
