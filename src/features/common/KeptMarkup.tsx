import { startTransition, useEffect, useState } from 'react';

/** An `__html` React compares as unchanged every time: it never writes it. */
const KEEP = Object.freeze({ __html: '' });

/**
 * A `div` whose prerendered content is kept as it is, neither hydrated nor drawn again: in
 * place of a part that CSS hides on this screen (the lanes on a phone), so that the page
 * does not compute and hydrate what nobody sees. React does not hydrate the children of an
 * element with `dangerouslySetInnerHTML` and leaves them in place; while `__html` does not
 * change it never writes it. When the page draws it anew (not hydrating) it is empty.
 * The attributes must be the part's own outer element's, which hydration does not patch.
 */
export function KeptMarkup(attributes: {
  className: string;
  role?: string;
  'aria-label'?: string;
}) {
  return <div {...attributes} suppressHydrationWarning dangerouslySetInnerHTML={KEEP} />;
}

/**
 * Whether a media query matches, read in the browser from the first render on (hydration
 * included), and kept current by transitions; false where there is no window (the
 * prerender). Only for a choice whose both sides hydrate the same element: the part and its
 * KeptMarkup. Anything else must use useMediaQuery, which waits for hydration.
 */
export function useMediaQueryNow(query: string): boolean {
  const [matches, setMatches] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.(query).matches === true,
  );
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
