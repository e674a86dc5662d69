import { formatShortDate } from '../../derive/dates';
import type { DisputeEvent } from '../../model/schema';
import type { Names } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';

/** Actors, and the event's code and weight, saying when the barometer weighs it elsewhere. */
export function DetailFacts({ event, names }: { event: DisputeEvent; names: Names }) {
  const weighedWith = event.pairedWith ? names.events.get(event.pairedWith) : undefined;
  return (
    <dl className="detail-facts">
      <dt>Actors</dt>
      <dd>{event.actors.map((a) => names.actors.get(a) ?? a).join(', ') || '—'}</dd>
      <dt>Conflict–cooperation</dt>
      <dd>
        CAMEO {event.cameo}, Goldstein {event.goldstein > 0 ? '+' : ''}
        {event.goldstein}
        {weighedWith && (
          <>
            {' '}
            — weighed once, on{' '}
            <a
              href={eventHref(weighedWith.id)}
              onClick={(e) => {
                e.preventDefault();
                openEvent(weighedWith.id);
              }}
            >
              {weighedWith.title}
            </a>{' '}
            ({formatShortDate(weighedWith.date)}); 0 in the barometer
          </>
        )}
      </dd>
    </dl>
  );
}
