import type { RefObject } from 'react';
import { panDomain, zoomDomain, type Domain } from './time-domain';

/** What the listeners read when an event comes: the latest width and domain setter. */
export interface WheelAndDragState {
  width: number;
  setDomain: (next: (d: Domain, bounds: Domain) => Domain) => void;
}

/**
 * Ctrl/⌘+wheel zooms at the pointer, a sideways wheel or a drag pans; on a touch screen a
 * one-finger swipe pans and two fingers pinch to zoom about the point between them (the
 * lanes let the browser keep vertical scrolling only: touch-action: pan-y). Returns a
 * function that removes the listeners.
 */
export function attachWheelAndDrag(
  el: HTMLElement,
  latest: RefObject<WheelAndDragState>,
): () => void {
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
  // the fingers (or the pointer) down on the lanes, by id: their x and y
  const down = new Map<number, { x: number; y: number }>();
  let spread: number | null = null;
  const spreadOf = () => {
    const [a, b] = [...down.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : null;
  };
  const onDown = (e: PointerEvent) => {
    if (down.size === 0 && (e.target as HTMLElement).closest('button, .mark-label')) return;
    down.set(e.pointerId, { x: e.clientX, y: e.clientY });
    el.setPointerCapture(e.pointerId);
    if (down.size === 2) {
      spread = spreadOf();
      dragX = null;
    } else {
      dragX = e.clientX;
    }
  };
  const onMove = (e: PointerEvent) => {
    if (!down.has(e.pointerId)) return;
    down.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const { width: w, setDomain: set } = latest.current;
    if (down.size >= 2) {
      const now = spreadOf();
      if (spread === null || now === null || spread < 10 || now < 10) return;
      const factor = now / spread;
      spread = now;
      const [a, b] = [...down.values()];
      const rect = el.getBoundingClientRect();
      const mid = (a!.x + b!.x) / 2;
      const anchor = Math.min(1, Math.max(0, (mid - rect.left - (rect.width - w)) / w));
      set((d, bounds) => zoomDomain(d, factor, anchor, bounds));
      return;
    }
    if (dragX === null) return;
    const dx = dragX - e.clientX;
    set((d, b) => panDomain(d, dx / w, b));
    dragX = e.clientX;
  };
  const onUp = (e: PointerEvent) => {
    down.delete(e.pointerId);
    spread = null;
    // one finger left after a pinch carries on as a drag from where it is
    const rest = [...down.values()][0];
    dragX = rest ? rest.x : null;
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
}
