import type { EventAsOf } from '../../derive/event-status';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { graphics as enGraphics } from '../../i18n/en/graphics';
import { openEvent } from '../common/event-link';

/**
 * The embed at phone width: the events by name, newest last, each a button that opens its
 * detail. Only what was known on the cursor date is listed (a later event is not news yet).
 */
export function EmbedList({ items }: { items: readonly EventAsOf[] }) {
  const core = useMessages('core', enCore);
  const g = useMessages('graphics', enGraphics);
  const known = items.filter((it) => it.status !== null);
  return (
    <section className="embed-list" aria-labelledby="embed-list-heading">
      <h2 id="embed-list-heading">{g.embed.events(core.format.events(known.length))}</h2>
      <ol>
        {known.map(({ event, status }) => (
          <li key={event.id} data-significance={event.significance}>
            <button
              type="button"
              className="embed-event"
              onClick={(e) => openEvent(event.id, e.currentTarget)}
            >
              <span className="list-date">{core.format.date(event.date, event.datePrecision)}</span>{' '}
              <span className="list-title">{event.title}</span>
              {status !== 'occurred' && status !== null && <em> · {core.status.event[status]}</em>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
