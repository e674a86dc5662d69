import type { SummitPanel } from '../../derive/panels';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';

/** Whether the summit had taken place by the cursor date, in words. */
export function SummitStatus({ panel, asOf }: { panel: SummitPanel; asOf: string }) {
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.checklist;
  const { status, event } = panel;
  const history = event?.status.filter((s) => s.date <= asOf) ?? [];
  const last = history[history.length - 1];
  let text: string;
  if (!event || status === null) text = t.notAnnounced;
  else if (status === 'occurred') text = t.heldOn(core.format.shortDate(last?.date ?? event.date));
  else text = t.notHeld(core.status.event[status], core.format.shortDate(last?.date ?? event.date));
  return (
    <p className={`summit-status summit-${status ?? 'unknown'}`}>
      <strong>{t.summitLead}</strong>
      {text}
      {last?.note && <span className="muted">{p.common.aside(last.note)}</span>}
    </p>
  );
}
