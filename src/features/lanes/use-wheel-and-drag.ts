import { useEffect, useRef, type RefObject } from 'react';
import type { Domain } from './time-domain';
import type { WheelAndDragState } from './wheel-and-drag';

/**
 * Wheel, drag and pinch on the lanes (see wheel-and-drag.ts). The listeners are not needed
 * to draw the page, so their code loads just after the lanes mount, off the first paint.
 */
export function useWheelAndDrag(
  ref: RefObject<HTMLDivElement | null>,
  enabled: boolean,
  width: number,
  setDomain: (next: (d: Domain, bounds: Domain) => Domain) => void,
) {
  const latest = useRef<WheelAndDragState>({ width, setDomain });
  useEffect(() => {
    latest.current = { width, setDomain };
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./wheel-and-drag').then((m) => {
      if (!cancelled) stop = m.attachWheelAndDrag(el, latest);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [ref, enabled]);
}
