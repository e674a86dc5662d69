import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import type { DisputeEvent } from '../../model/schema';
import { useNames } from '../../store/hooks';

/** The line under an event's title: its issues by name, and its kind. */
export function DetailTags({ event }: { event: DisputeEvent }) {
  const core = useMessages('core', enCore);
  const names = useNames();
  return (
    <p className="detail-tags">
      {event.issues.map((i) => names.issues.get(i) ?? i).join(' · ')} ·{' '}
      <span className="kind">{core.status.kind(event.kind)}</span>
    </p>
  );
}
