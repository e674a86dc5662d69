/** An `__html` React compares as unchanged every time: it never writes it. */
const KEEP = Object.freeze({ __html: '' });

/**
 * Marks the kept markup inert: it has no handlers, so nothing in it may take a click, focus or
 * a screen reader's attention. A ref sets it, as hydration does not patch attributes. It
 * matters in the moment a window widened past the breakpoint shows the kept lanes before the
 * media query's change reaches React, which then draws the live lanes in their place.
 */
function inert(element: HTMLDivElement | null) {
  element?.setAttribute('inert', '');
}

/**
 * A `div` whose prerendered content is kept as it is, neither hydrated nor drawn again: in
 * place of a part that CSS hides on this screen (the lanes on a phone), so that the page
 * does not compute and hydrate what nobody sees. React does not hydrate the children of an
 * element with `dangerouslySetInnerHTML` and leaves them in place; while `__html` does not
 * change it never writes it. When the page draws it anew (not hydrating) it is empty.
 * The attributes must be the part's own outer element's, which hydration does not patch.
 * Choose between the two with `useMediaQuery(query, { fromFirstRender: true })`.
 */
export function KeptMarkup(attributes: {
  className: string;
  role?: string;
  'aria-label'?: string;
}) {
  return (
    <div {...attributes} ref={inert} suppressHydrationWarning dangerouslySetInnerHTML={KEEP} />
  );
}
