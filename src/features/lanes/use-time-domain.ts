import { useMemo, useState } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { dayNumber } from '../../derive/dates';
import type { Dataset } from '../../model/schema';
import { fitDomain, outsideDomain, panDomain, zoomDomain, type Domain } from './time-domain';

/**
 * The stretch of time the lanes show: fitted to the events (from where the data says the
 * dispute opens), or zoomed and panned by the user, always within all the events' span.
 */
export function useTimeDomain(items: readonly EventAsOf[], meta: Dataset['meta']) {
  const [fitAll, setFitAll] = useState(false);
  const [zoomed, setZoomed] = useState<Domain | null>(null);
  const bounds = useMemo(
    () => fitDomain(items, { from: meta.coverage.from, to: meta.lastUpdated }),
    [items, meta],
  );
  const fitted = useMemo(
    () =>
      fitAll
        ? bounds
        : fitDomain(items, { from: meta.coverage.from, to: meta.lastUpdated }, meta.defaultFrom),
    [items, meta, fitAll, bounds],
  );
  const domain = zoomed ?? fitted;
  const outside = useMemo(() => outsideDomain(items, domain), [items, domain]);
  return {
    domain,
    outside,
    /** Fits every event, background included. */
    fit: () => {
      setZoomed(null);
      setFitAll(true);
    },
    zoom: (factor: number, anchor = 0.5) => setZoomed(zoomDomain(domain, factor, anchor, bounds)),
    pan: (fraction: number) => setZoomed(panDomain(domain, fraction, bounds)),
    /** Shows the days from `from` to `to` with a little air (a cluster opened). */
    show: (from: string, to: string) => {
      const pad = Math.max(7, (dayNumber(to) - dayNumber(from)) * 0.1);
      setZoomed({ start: dayNumber(from) - pad, end: dayNumber(to) + pad });
    },
    /** For wheel and drag, which work from the latest domain rather than a render's. */
    setDomain: (next: (d: Domain, bounds: Domain) => Domain) =>
      setZoomed((current) => next(current ?? fitted, bounds)),
  };
}
