import type { DisputeEvent } from '../../model/schema';
import { eventHref, openEvent } from './event-link';

// an event id as the data writes it inside a text: '2019-08-22-korea-decides-to-…'
const EVENT_ID = /\b\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\b/g;

/**
 * A text from the data in which an event's id becomes a link named by the event's title:
 * readers read titles, not ids. Ids of unknown events, and events after `asOf`, are left
 * out rather than shown raw or named before their day. Plain text, never markup.
 */
export function LinkedText({
  text,
  events,
  asOf,
}: {
  text: string;
  events: Map<string, DisputeEvent>;
  asOf?: string;
}) {
  const parts: (string | DisputeEvent)[] = [];
  let at = 0;
  for (const m of text.matchAll(EVENT_ID)) {
    let before = text.slice(at, m.index);
    at = m.index + m[0].length;
    const event = events.get(m[0]);
    if (event && (asOf === undefined || event.date <= asOf)) parts.push(before, event);
    else if (before.endsWith('(') && text[at] === ')') {
      // '… said so (id).' without the id reads '… said so.'
      before = before.slice(0, -1).trimEnd();
      at += 1;
      parts.push(before);
    } else parts.push(before);
  }
  parts.push(text.slice(at));
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a
            key={i}
            href={eventHref(part.id)}
            onClick={(e) => {
              e.preventDefault();
              openEvent(part.id, e.currentTarget);
            }}
          >
            {part.title}
          </a>
        ),
      )}
    </>
  );
}
