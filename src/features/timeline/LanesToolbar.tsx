/** Zoom and pan buttons for the lanes, with how many events lie outside the view. */
export function LanesToolbar({
  outside,
  zoom,
  pan,
  fit,
}: {
  outside: { before: number; after: number };
  zoom: (factor: number) => void;
  pan: (fraction: number) => void;
  fit: () => void;
}) {
  const { before, after } = outside;
  return (
    <div className="lanes-toolbar" role="toolbar" aria-label="Zoom and pan">
      <button
        type="button"
        className="button"
        onClick={() => pan(-0.3)}
        aria-label="Earlier (pan left)"
      >
        ◀
      </button>
      <button type="button" className="button" onClick={() => zoom(1.5)}>
        Zoom in
      </button>
      <button type="button" className="button" onClick={() => zoom(1 / 1.5)}>
        Zoom out
      </button>
      <button type="button" className="button" onClick={fit} disabled={before + after === 0}>
        Fit all
      </button>
      <button
        type="button"
        className="button"
        onClick={() => pan(0.3)}
        aria-label="Later (pan right)"
      >
        ▶
      </button>
      {before + after > 0 && (
        <span className="outside-count">
          {before > 0 && `${before} earlier`}
          {before > 0 && after > 0 && ' and '}
          {after > 0 && `${after} later`} events outside this view
        </span>
      )}
      <span className="hint">
        Arrow keys move between events · + / − zoom · Shift+arrows pan · Ctrl+wheel zooms, drag pans
      </span>
    </div>
  );
}
