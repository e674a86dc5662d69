import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import type { AroundDate } from '../../i18n/en/summary';
import { useNames } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';

/** A date in the page's language that never breaks across lines. */
export function Day({ iso }: { iso: string }) {
  const core = useMessages('core', enCore);
  return (
    <time className="nowrap" dateTime={iso}>
      {core.format.shortDate(iso)}
    </time>
  );
}

/** Words before and after a date, in the order the language puts them. */
export function Around({ parts, children }: { parts: AroundDate; children: ReactNode }) {
  return (
    <>
      {parts[0]}
      {children}
      {parts[1]}
    </>
  );
}

/** An event's short label, linked to the event (a real link: it opens without script too). */
export function EventLink({ id }: { id: string }) {
  const names = useNames();
  const event = names.events.get(id);
  if (!event) return null;
  return (
    <a
      href={eventHref(id)}
      onClick={(e) => {
        e.preventDefault();
        openEvent(id, e.currentTarget);
      }}
    >
      {event.label}
    </a>
  );
}
