import { useEffect, useId, useRef, type ReactNode } from 'react';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';

/**
 * The Filters sheet: a modal <dialog> shown as it mounts, focus on its heading; Escape
 * (the dialog's own cancel) or Done closes it, and `onClose` gives focus back.
 */
export function FiltersDialog({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const t = useMessages('filters', enFilters).filters;
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    headingRef.current?.focus();
  }, []);
  const close = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };
  return (
    <dialog ref={ref} className="filters-sheet" aria-labelledby={headingId} onClose={onClose}>
      <div className="sheet-head">
        <h2 id={headingId} tabIndex={-1} ref={headingRef}>
          {t.heading}
        </h2>
        <button type="button" className="button" onClick={close}>
          {t.done}
        </button>
      </div>
      {children}
    </dialog>
  );
}
