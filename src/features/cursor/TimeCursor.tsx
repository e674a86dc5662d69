import { useMemo } from 'react';
import { dateFromDayNumber, dayNumber, isIsoDate } from '../../derive/dates';
import { core as enCore } from '../../i18n/en/core';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';
import { useCursorAsOf, useDataset, useDerivations } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { eventDates, stepDate } from './event-dates';
import { FutureMode } from './FutureMode';

/**
 * One date drives every view: a date field, a slider and steps between events. Below 700 px
 * CSS makes it a compact bar that stays at the top while the page scrolls (date and steps;
 * the later-events choice moves into the Filters sheet).
 */
export function TimeCursor() {
  const t = useMessages('filters', enFilters).cursor;
  const { format } = useMessages('core', enCore);
  const dataset = useDataset();
  const asOf = useCursorAsOf();
  const cursorSet = useTracker((s) => s.asOf !== null);
  const setAsOf = useTracker((s) => s.setAsOf);
  const dates = useMemo(() => eventDates(dataset.events), [dataset]);
  const latest = useDerivations().searchedThrough;
  const first = dataset.meta.coverage.from;
  const set = (date: string | null) =>
    setAsOf(date === null || date >= latest ? null : date < first ? first : date);
  const prev = stepDate(dates, asOf, -1);
  const after = stepDate(dates, asOf, 1);
  // a planned event's date after the last day searched is not a step the cursor can take
  const next = after !== null && after < latest ? after : null;
  return (
    <section className="time-cursor" aria-labelledby="cursor-heading">
      <h2 id="cursor-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <label className="as-of">
        {t.asOf}{' '}
        <input
          type="date"
          value={asOf}
          min={first}
          max={latest}
          onChange={(e) => isIsoDate(e.target.value) && set(e.target.value)}
        />
      </label>
      {/* the field shows the browser's own date format; this is the page language's */}
      <output className="as-of-local" aria-hidden="true">
        {format.date(asOf, 'day')}
      </output>
      <input
        type="range"
        className="cursor-slider"
        aria-label={t.slider}
        min={dayNumber(first)}
        max={dayNumber(latest)}
        value={dayNumber(asOf)}
        aria-valuetext={format.shortDate(asOf)}
        onChange={(e) => set(dateFromDayNumber(Number(e.target.value)))}
      />
      <div className="cursor-buttons">
        <button type="button" className="button" disabled={!prev} onClick={() => prev && set(prev)}>
          ◀<span className="wide-only"> {t.previous}</span>
        </button>
        <button type="button" className="button" disabled={!next} onClick={() => next && set(next)}>
          <span className="wide-only">{t.next} </span>▶
        </button>
        <button type="button" className="button" disabled={!cursorSet} onClick={() => set(null)}>
          {t.latest}
        </button>
      </div>
      <FutureMode />
    </section>
  );
}
