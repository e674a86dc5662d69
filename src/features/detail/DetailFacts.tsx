import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { DisputeEvent } from '../../model/schema';
import type { Names } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';

/** Actors, and the event's code and weight, saying when the barometer weighs it elsewhere. */
export function DetailFacts({ event, names }: { event: DisputeEvent; names: Names }) {
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.detail;
  const weighedWith = event.pairedWith ? names.events.get(event.pairedWith) : undefined;
  const actors = event.actors.map((a) => names.actors.get(a) ?? a);
  return (
    <dl className="detail-facts">
      <dt>{t.actors}</dt>
      <dd>{actors.length ? core.format.list(actors) : p.common.none}</dd>
      <dt>{t.conflictCooperation}</dt>
      <dd>
        {t.coding(event.cameo, `${event.goldstein > 0 ? '+' : ''}${event.goldstein}`)}
        {weighedWith && (
          <>
            {t.weighedBefore}
            <a
              href={eventHref(weighedWith.id)}
              onClick={(e) => {
                e.preventDefault();
                openEvent(weighedWith.id);
              }}
            >
              {weighedWith.title}
            </a>
            {t.weighedAfter(core.format.shortDate(weighedWith.date))}
          </>
        )}
        <details className="coding">
          <summary>{t.codingWhat}</summary>
          <p>{t.codingExplained}</p>
        </details>
      </dd>
    </dl>
  );
}
