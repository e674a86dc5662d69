import { isIsoDate } from '../../derive/dates';
import { useTracker } from '../../store/tracker-store';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';

export function DateRange() {
  const t = useMessages('filters', enFilters).filters;
  const from = useTracker((s) => s.filters.from);
  const to = useTracker((s) => s.filters.to);
  const setDateRange = useTracker((s) => s.setDateRange);
  const read = (value: string) => (isIsoDate(value) ? value : null);
  return (
    <fieldset className="date-range">
      <legend>{t.dates}</legend>
      <label>
        {t.from}{' '}
        <input
          type="date"
          value={from ?? ''}
          max={to ?? undefined}
          onChange={(e) => setDateRange(read(e.target.value), to)}
        />
      </label>
      <label>
        {t.to}{' '}
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
