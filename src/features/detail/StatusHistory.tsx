import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { DisputeEvent } from '../../model/schema';

/**
 * An event's status history, one dated line a status, under its heading (nothing when it
 * has none). The notes are data in English, marked so on a translated page; each is dated
 * and tells only its own day, so a history cut at the cursor tells nothing later.
 */
export function StatusHistory({ status }: { status: DisputeEvent['status'] }) {
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const { lang } = useLang();
  if (status.length === 0) return null;
  return (
    <>
      <h3>{p.detail.statusHistory}</h3>
      <ol className="status-history">
        {status.map((s, i) => (
          <li key={i}>
            {core.format.shortDate(s.date)}
            {p.common.colon}
            {core.status.event[s.status]}
            {s.note && (
              <>
                {' — '}
                <span lang={lang === 'en' ? undefined : 'en'}>{s.note}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
