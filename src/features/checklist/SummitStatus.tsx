import { formatShortDate } from '../../derive/dates';
import type { SummitPanel } from '../../derive/panels';
import { eventStatusLabel } from '../common/labels';

/** Whether the summit had taken place by the cursor date, in words. */
export function SummitStatus({ panel, asOf }: { panel: SummitPanel; asOf: string }) {
  const { status, event } = panel;
  const history = event?.status.filter((s) => s.date <= asOf) ?? [];
  const last = history[history.length - 1];
  let text: string;
  if (!event || status === null) text = 'Not yet announced.';
  else if (status === 'occurred') text = `Held on ${formatShortDate(last?.date ?? event.date)}.`;
  else
    text = `Not held yet: ${eventStatusLabel[status].toLowerCase()} since ${formatShortDate(last?.date ?? event.date)}.`;
  return (
    <p className={`summit-status summit-${status ?? 'unknown'}`}>
      <strong>Summit: </strong>
      {text}
      {last?.note && <span className="muted"> ({last.note})</span>}
    </p>
  );
}
