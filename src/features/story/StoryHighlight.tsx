const idRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Marks the chapter's events on the timeline (lanes and list) without reaching into its
 * code: a style rule per event id, on the attributes the timeline already writes. The ring
 * is a shape, not only a colour. Ids are checked so that no text becomes a selector.
 */
export function StoryHighlight({ ids }: { ids: readonly string[] }) {
  const safe = ids.filter((id) => idRe.test(id));
  if (safe.length === 0) return null;
  const selectors = safe
    .flatMap((id) => [`.marker[data-key="${id}"]`, `.list-event[data-event-id="${id}"]`])
    .join(',\n');
  return <style>{`${selectors} { outline: 3px double var(--text); outline-offset: 3px; }`}</style>;
}
