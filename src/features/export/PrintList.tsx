import { byDate } from '../../derive/dates';
import { eventsToldOn } from '../../derive/event-status';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import { describeFilters } from '../../derive/filter';
import { useAsOf, useDataset, useNames, useViewFilters, useVisibleEvents } from '../../store/hooks';
import { SourceList } from '../common/SourceList';
import { mediaMatchesNow } from '../common/use-media-query';

/** The events in view as a dated list with sources (see eventsToldOn), shown only when printing. */
export function PrintList() {
  const items = useVisibleEvents();
  const asOf = useAsOf();
  const names = useNames();
  const dataset = useDataset();
  const filters = useViewFilters();
  const m = useMessages('exports', enExports);
  const core = useMessages('core', enCore);
  // This part is loaded after the first paint, so print media may already apply when it mounts.
  const [printing, setPrinting] = useState(() => mediaMatchesNow('print'));
  // Laid out only while printing: it would double the page's size and start-up work.
  // `beforeprint` renders it synchronously, before the browser lays out the printout;
  // the print media query covers print emulation and browsers that skip the event.
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener?.('change', onMedia);
    };
  }, []);
  if (!printing) return null;
  const sorted = eventsToldOn(items, asOf).sort(byDate);
  return (
    <section className="print-list" aria-hidden="true">
      <h2>{m.print.heading(dataset.meta.title, describeFilters(filters, names, m.filters))}</h2>
      <ol>
        {sorted.map((event) => (
          <li key={event.id}>
            <p>
              <strong>{core.format.date(event.date, event.datePrecision)}</strong> — {event.title}
            </p>
            <p>{event.summary}</p>
            <p className="print-sources">{m.print.sources}</p>
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
