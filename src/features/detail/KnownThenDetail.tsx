import type { Ref } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import type { DisputeEvent, EventStatus } from '../../model/schema';
import { SourceList } from '../common/SourceList';
import { DetailTags } from './DetailTags';
import { EventBody } from './EventBody';
import { useLaterEventWords } from './later-event-messages';
import { RelatedEvents } from './RelatedEvents';
import { StatusHistory } from './StatusHistory';

/**
 * An event known on the cursor date but not yet held (a summit announced, then put off): what
 * was known then (its label, its status history to that day, the sources published by then),
 * and, folded, the event as it finally happened. `told` is the event as known then (see
 * eventAsKnownOn); `event` the whole record.
 */
export function KnownThenDetail({
  told,
  event,
  asOf,
  headingRef,
}: {
  told: DisputeEvent;
  event: DisputeEvent;
  asOf: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.detail;
  const list = useMessages('timeline', enTimeline).list;
  const words = useLaterEventWords();
  const latest = told.status[told.status.length - 1]!;
  const status = latest.status as Exclude<EventStatus, 'occurred'>;
  return (
    <>
      <h2 id="event-detail-title" tabIndex={-1} ref={headingRef}>
        {told.title}
      </h2>
      <DetailTags event={told} />
      <p className="notice later-event-notice">
        {words.notYetHeld(
          list.statusOn[status](core.format.shortDate(latest.date)),
          core.format.shortDate(asOf),
        )}
      </p>
      <StatusHistory status={told.status} />
      {told.sources.length > 0 && (
        <>
          <h3>{t.sources}</h3>
          <SourceList sources={told.sources} />
        </>
      )}
      <RelatedEvents event={told} />
      <details className="later-event">
        <summary>{words.openLater}</summary>
        <EventBody event={event} later headingRef={null} />
      </details>
    </>
  );
}
