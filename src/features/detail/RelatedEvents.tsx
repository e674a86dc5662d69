import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { DisputeEvent } from '../../model/schema';
import { eventAsKnownOn } from '../../derive/event-status';
import { useAsOf, useDataset, useNames } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';
import { useLaterEventWords } from './later-event-messages';

/**
 * The events an event names as related, and those that name it, each a link that opens it.
 * Those dated after the cursor are folded, so that their titles tell nothing unasked; one
 * announced by then but held later is listed as it stood (its label, its status's date).
 */
export function RelatedEvents({ event }: { event: DisputeEvent }) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const t = useMessages('panels', enPanels).detail;
  const words = useLaterEventWords();
  const related = event.related.map((rid) => names.events.get(rid)).filter((e) => e !== undefined);
  const answeredBy = dataset.events.filter((e) => e.related.includes(event.id));
  const all = [...related, ...answeredBy.filter((e) => !related.includes(e))];
  if (all.length === 0) return null;
  // an event announced by the cursor date but held later is listed as it stood then
  const told = all.map((r) => eventAsKnownOn(r, asOf));
  const known = told.filter((r) => r.date <= asOf);
  const later = told.filter((r) => r.date > asOf);
  return (
    <>
      <h3>{t.related}</h3>
      {known.length > 0 && <RelatedList events={known} />}
      {later.length > 0 && (
        <details className="written-later">
          <summary>{words.laterRelated(later.length)}</summary>
          <RelatedList events={later} />
        </details>
      )}
    </>
  );
}

function RelatedList({ events }: { events: readonly DisputeEvent[] }) {
  const core = useMessages('core', enCore);
  const colon = useMessages('panels', enPanels).common.colon;
  return (
    <ul>
      {events.map((r) => (
        <li key={r.id}>
          <a
            href={eventHref(r.id)}
            onClick={(e) => {
              e.preventDefault();
              openEvent(r.id);
            }}
          >
            {core.format.shortDate(r.date)}
            {colon}
            {r.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
