import { useEffect, useState } from 'react';
import { formatEventDate } from '../../derive/dates';
import { describeFilters } from '../../derive/filter';
import { useDataset, useNames, useVisibleEvents } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { SourceList } from '../detail/SourceList';
import { useHydrated } from '../common/use-hydrated';

const ALWAYS_RENDER_UP_TO = 1500;

/** The filtered events as a dated list with sources, shown only when printing. */
export function PrintList() {
  const items = useVisibleEvents();
  const names = useNames();
  const dataset = useDataset();
  const filters = useTracker((s) => s.filters);
  const [printing, setPrinting] = useState(false);
  // not part of the prerendered page (it would double its size); mounted once the app runs
  const mounted = useHydrated();
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  // a huge dataset is only laid out for printing when the user prints
  if (!mounted || (items.length > ALWAYS_RENDER_UP_TO && !printing)) return null;
  const sorted = items
    .filter((i) => i.status !== null)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : 1));
  return (
    <section className="print-list" aria-hidden="true">
      <h2>
        {dataset.meta.title}: {describeFilters(filters, names)}
      </h2>
      <ol>
        {sorted.map(({ event }) => (
          <li key={event.id}>
            <p>
              <strong>{formatEventDate(event.date, event.datePrecision)}</strong> — {event.title}
            </p>
            <p>{event.summary}</p>
            <SourceList sources={event.sources} />
          </li>
        ))}
      </ol>
      <p>
        {dataset.meta.credit} · {dataset.meta.licence}
      </p>
    </section>
  );
}
