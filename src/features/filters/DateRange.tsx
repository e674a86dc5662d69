import { isIsoDate } from '../../derive/dates';
import { useTracker } from '../../store/tracker-store';

export function DateRange() {
  const from = useTracker((s) => s.filters.from);
  const to = useTracker((s) => s.filters.to);
  const setDateRange = useTracker((s) => s.setDateRange);
  const read = (value: string) => (isIsoDate(value) ? value : null);
  return (
    <fieldset className="date-range">
      <legend>Dates</legend>
      <label>
        From{' '}
        <input
          type="date"
          value={from ?? ''}
          max={to ?? undefined}
          onChange={(e) => setDateRange(read(e.target.value), to)}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={to ?? ''}
          min={from ?? undefined}
          onChange={(e) => setDateRange(from, read(e.target.value))}
        />
      </label>
    </fieldset>
  );
}
