import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { Issue } from '../../model/schema';
import { SafeLink } from '../common/SafeLink';

/** The plain-language explainer, with Tokyo's and Seoul's positions side by side. */
export function Explainer({ issue }: { issue: Issue }) {
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).issues;
  return (
    <div className="explainer">
      <p>{issue.explainer}</p>
      <div className="positions">
        {(['japan', 'korea'] as const).map((side) => {
          const p = issue.positions[side];
          return (
            <figure key={side} className={`position ${side}`}>
              <figcaption>{t.position(core.status.side[side] ?? side)}</figcaption>
              {p ? (
                <>
                  <p className="statement">{p.statement}</p>
                  <p className="muted">
                    {t.sourceLead}
                    <SafeLink href={p.source.url}>
                      {t.citation(p.source.publisher, p.source.title)}
                    </SafeLink>
                    {t.citationDate(core.format.shortDate(p.source.published))}
                  </p>
                </>
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
