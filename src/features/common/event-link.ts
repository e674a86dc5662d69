import { serializeQuery } from '../../derive/url-state';
import { useTracker, viewStateOf } from '../../store/tracker-store';

/** The element that opened the event detail, so that closing it can return focus there. */
let opener: HTMLElement | null = null;

export function openEvent(id: string, from?: Element | null) {
  if (from instanceof HTMLElement) opener = from;
  useTracker.getState().selectEvent(id);
}

export function closeEvent() {
  useTracker.getState().selectEvent(null);
  returnFocusFromEvent();
}

/**
 * Gives focus back to what opened the event. Also called when the detail goes away by
 * another road than closeEvent: the back button (a phone's above all) pops the event=
 * entry that opening it pushed.
 */
export function returnFocusFromEvent() {
  const target = opener;
  opener = null;
  if (target && target.isConnected) target.focus();
}

/** The href of a link that opens an event in the current view (so links can be copied). */
export function eventHref(id: string): string {
  const state = useTracker.getState();
  const search = typeof window === 'undefined' ? '' : window.location.search;
  return serializeQuery({ ...viewStateOf(state), eventId: id }, search) || '?';
}
