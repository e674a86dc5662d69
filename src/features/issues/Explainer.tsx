import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { Issue } from '../../model/schema';
import { useDataset } from '../../store/hooks';
import { SafeLink } from '../common/SafeLink';
import { WrittenLater } from '../common/WrittenLater';

/**
 * The plain-language explainer, with Tokyo's and Seoul's positions side by side; each text
 * carries the date it tells of and is folded as written later at an earlier cursor.
 */
export function Explainer({ issue, asOf }: { issue: Issue; asOf: string }) {
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).issues;
  const dataset = useDataset();
  const explainerDate = issue.explainerDate ?? dataset.meta.lastUpdated;
  return (
    <div className="explainer">
      <WrittenLater date={explainerDate} asOf={asOf}>
        <p>
          <span className="dateline">{t.explainerAsOf(core.format.shortDate(explainerDate))}</span>
          {issue.explainer}
        </p>
      </WrittenLater>
      <div className="positions">
        {(['japan', 'korea'] as const).map((side) => {
          const p = issue.positions[side];
          return (
            <figure key={side} className={`position ${side}`}>
              <figcaption>{t.position(core.status.side[side] ?? side)}</figcaption>
              {p ? (
                <WrittenLater date={p.source.published} asOf={asOf}>
                  <p className="statement">{p.statement}</p>
                  <p className="muted">
                    {t.sourceLead}
                    <SafeLink href={p.source.url}>
                      {t.citation(p.source.publisher, p.source.title)}
                    </SafeLink>
                    {t.citationDate(core.format.shortDate(p.source.published))}
                  </p>
                </WrittenLater>
              ) : (
                <p className="muted">{t.noStatement}</p>
              )}
            </figure>
          );
        })}
      </div>
    </div>
  );
}
