import { startTransition, useEffect, useState } from 'react';

/**
 * Whether a media query matches; false on the server and during hydration, then kept
 * current. Updates are transitions (useSyncExternalStore would force a synchronous
 * re-render right after hydration, a long task on a slow phone).
 */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(false);
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
