import { useId, useRef, useState, type ReactNode } from 'react';
import { useTracker } from '../../store/tracker-store';
import { activeFilterCount } from './filter-utils';

/**
 * Below 700 px the filters fold into one button that says how many are set; it opens a
 * modal sheet holding the same controls (passed as children, rendered only while open).
 * CSS hides the button at wider widths, so the prerendered page is the same at every width.
 */
export function FiltersSheet({ children }: { children: ReactNode }) {
  const filters = useTracker((s) => s.filters);
  const count = activeFilterCount(filters);
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const show = () => {
    setOpen(true);
    // the dialog's content mounts with this render; show it once it is in the page
    requestAnimationFrame(() => {
      const dialog = dialogRef.current;
      if (!dialog || dialog.open) return;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('h2')?.focus();
    });
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else afterClose();
  };
  const afterClose = () => {
    dialogRef.current?.removeAttribute('open');
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="filters-fold">
      <button
        ref={buttonRef}
        type="button"
        className="button filters-open"
        aria-haspopup="dialog"
        onClick={show}
      >
        Filters{count > 0 ? ` (${count})` : ''}
      </button>
      <dialog
        ref={dialogRef}
        className="filters-sheet"
        aria-labelledby={headingId}
        onClose={afterClose}
      >
        {open && (
          <>
            <div className="sheet-head">
              <h2 id={headingId} tabIndex={-1}>
                Filters
              </h2>
              <button type="button" className="button" onClick={close}>
                Done
              </button>
            </div>
            {children}
          </>
        )}
      </dialog>
    </div>
  );
}
