import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { useTracker } from '../../store/tracker-store';
import { activeFilterCount } from './active-filter-count';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';

// the sheet itself loads on the first tap: only the button is part of the first paint
const FiltersDialog = lazy(() =>
  import('./FiltersDialog').then((m) => ({ default: m.FiltersDialog })),
);

/**
 * Below 700 px the filters fold into one button that says how many are set; it opens a
 * modal sheet holding the same controls (passed as children, rendered only while open).
 * CSS hides the button at wider widths, so the prerendered page is the same at every width.
 */
export function FiltersSheet({ children }: { children: ReactNode }) {
  const t = useMessages('filters', enFilters).filters;
  const count = activeFilterCount(useTracker((s) => s.filters));
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
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
        onClick={() => setOpen(true)}
      >
        {t.sheet(count)}
      </button>
      {open && (
        <Suspense fallback={null}>
          <FiltersDialog onClose={close}>{children}</FiltersDialog>
        </Suspense>
      )}
    </div>
  );
}
