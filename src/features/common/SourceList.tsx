import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { Source } from '../../model/schema';
import { SafeLink } from './SafeLink';

/** An event's sources, each a safe link: the detail panel's list, and the print list's. */
export function SourceList({ sources }: { sources: Source[] }) {
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).detail;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          <SafeLink href={s.url}>{t.source(s.publisher, s.title)}</SafeLink>
          <span className="muted">
            {t.sourceMeta(core.format.shortDate(s.published), s.kind === 'primary')}
          </span>
        </li>
      ))}
    </ul>
  );
}
