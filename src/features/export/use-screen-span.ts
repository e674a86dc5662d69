import { useMemo, useSyncExternalStore } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import type { Dataset } from '../../model/schema';
import { pageAxis, type Domain } from '../lanes';
import { imageDomain } from './image-card';

/**
 * The span the page's lanes show when the reader has zoomed or panned them (or fitted them
 * to every event): the image then draws what is on screen. Null when the lanes show their
 * default span, which the image fits by itself, or when they are not drawn (the list view).
 */
export function useScreenSpan(items: readonly EventAsOf[], meta: Dataset['meta']): Domain | null {
  const axis = useSyncExternalStore(pageAxis.subscribe, pageAxis.get);
  return useMemo(() => {
    if (!axis) return null;
    const fitted = imageDomain(items, meta);
    const same =
      Math.round(axis.domain.start) === Math.round(fitted.start) &&
      Math.round(axis.domain.end) === Math.round(fitted.end);
    return same ? null : axis.domain;
  }, [axis, items, meta]);
}
