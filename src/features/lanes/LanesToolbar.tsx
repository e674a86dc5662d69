import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';

/** Zoom and pan buttons for the lanes, with how many events lie outside the view. */
export function LanesToolbar({
  outside,
  zoom,
  pan,
  fit,
  hint = true,
}: {
  outside: { before: number; after: number };
  zoom: (factor: number) => void;
  pan: (fraction: number) => void;
  fit: () => void;
  hint?: boolean;
}) {
  const t = useMessages('timeline', enTimeline).lanes;
  const { before, after } = outside;
  return (
    <div className="lanes-toolbar" role="toolbar" aria-label={t.toolbar}>
      <button type="button" className="button" onClick={() => pan(-0.3)} aria-label={t.earlier}>
        ◀
      </button>
      <button type="button" className="button" onClick={() => zoom(1.5)}>
        {t.zoomIn}
      </button>
      <button type="button" className="button" onClick={() => zoom(1 / 1.5)}>
        {t.zoomOut}
      </button>
      <button type="button" className="button" onClick={fit} disabled={before + after === 0}>
        {t.fitAll}
      </button>
      <button type="button" className="button" onClick={() => pan(0.3)} aria-label={t.later}>
        ▶
      </button>
      {before + after > 0 && <span className="outside-count">{t.outside(before, after)}</span>}
      {hint && <span className="hint">{t.hint}</span>}
    </div>
  );
}
