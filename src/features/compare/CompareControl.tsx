import { useId, useState, type FormEvent } from 'react';
import { isIsoDate } from '../../derive/dates';
import { useCompareWords } from './compare-messages';
import { useCursorAsOf, useDataset, useDerivations } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';

/**
 * "Compare with…" beside the time cursor: a second date to set against the cursor's. The
 * comparison itself loads as its own chunk once the two dates are chosen.
 */
export default function CompareControl() {
  const t = useCompareWords();
  const asOf = useCursorAsOf();
  const dataset = useDataset();
  const { searchedThrough } = useDerivations();
  const setCompare = useTracker((s) => s.setCompare);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(date)) return;
    setCompare(date <= asOf ? { from: date, to: asOf } : { from: asOf, to: date });
    setOpen(false);
  };
  return (
    <div className="compare-control">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {t.control}
      </button>
      {open && (
        <form id={id} onSubmit={submit}>
          <label>
            {t.dateLabel}{' '}
            <input
              type="date"
              required
              value={date}
              min={dataset.meta.coverage.from}
              max={searchedThrough}
              onChange={(e) => setDate(e.target.value)}
            />
          </label>{' '}
          <button type="submit" className="button">
            {t.submit}
          </button>{' '}
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t.cancel}
          </button>
        </form>
      )}
    </div>
  );
}
