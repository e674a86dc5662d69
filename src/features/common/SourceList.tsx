import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { Source } from '../../model/schema';
import { SafeLink } from './SafeLink';
import { WrittenLater } from './WrittenLater';

/**
 * An event's sources, each a safe link: the detail panel's list, and the print list's. Given
 * `asOf`, a source published after it is folded under "Written later, on …".
 */
export function SourceList({ sources, asOf }: { sources: Source[]; asOf?: string }) {
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).detail;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          <WrittenLater date={s.published} asOf={asOf ?? s.published}>
            <SafeLink href={s.url}>{t.source(s.publisher, s.title)}</SafeLink>
            <span className="muted">
              {t.sourceMeta(core.format.shortDate(s.published), s.kind === 'primary')}
            </span>
          </WrittenLater>
        </li>
      ))}
    </ul>
  );
}
