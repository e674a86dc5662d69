import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import type { AroundDate } from '../../i18n/en/summary';
import type { DatePrecision } from '../../model/schema';
import { useNames } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';

/** A date in the page's language, only as precise as the data knows it, never broken across lines. */
export function Day({ iso, precision = 'day' }: { iso: string; precision?: DatePrecision }) {
  const { format } = useMessages('core', enCore);
  const text =
    precision === 'day'
      ? format.shortDate(iso)
      : precision === 'month'
        ? format.month(iso.slice(0, 7))
        : format.year(+iso.slice(0, 4));
  return (
    <time className="nowrap" dateTime={iso}>
      {text}
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
