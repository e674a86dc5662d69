import { useEffect, useRef, type RefObject } from 'react';
import { panDomain, zoomDomain, type Domain } from './timeline-utils';

/** Ctrl/⌘+wheel zooms at the pointer, a sideways wheel or a drag pans. */
export function useWheelAndDrag(
  ref: RefObject<HTMLDivElement | null>,
  enabled: boolean,
  width: number,
  setDomain: (next: (d: Domain, bounds: Domain) => Domain) => void,
) {
  const latest = useRef({ width, setDomain });
  useEffect(() => {
    latest.current = { width, setDomain };
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const onWheel = (e: WheelEvent) => {
      const { width: w, setDomain: set } = latest.current;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const rect = el.getBoundingClientRect();
        const anchor = Math.min(1, Math.max(0, (e.clientX - rect.left - (rect.width - w)) / w));
        set((d, b) => zoomDomain(d, e.deltaY < 0 ? 1.25 : 0.8, anchor, b));
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        set((d, b) => panDomain(d, e.deltaX / w, b));
      }
    };
    let dragX: number | null = null;
    const onDown = (e: PointerEvent) => {
      if ((e.target as HTMLElement).closest('button, .mark-label')) return;
      dragX = e.clientX;
      el.setPointerCapture(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      if (dragX === null) return;
      const { width: w, setDomain: set } = latest.current;
      const dx = dragX - e.clientX;
      set((d, b) => panDomain(d, dx / w, b));
      dragX = e.clientX;
    };
    const onUp = () => {
      dragX = null;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [ref, enabled]);
}
