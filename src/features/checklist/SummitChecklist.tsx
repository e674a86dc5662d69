import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { useAsOf, useDerivations, useNames } from '../../store/hooks';
import { ConditionItem } from './ConditionItem';
import { SummitStatus } from './SummitStatus';

/**
 * Each side's conditions for a summit, met or not as of the cursor, with the evidence.
 * Demands that no source ties to the summit are listed apart, so that none reads as a
 * condition it was not.
 */
export function SummitChecklist() {
  const names = useNames();
  const asOf = useAsOf();
  const all = useDerivations().summitPanels(asOf);
  // a summit neither announced nor tied to a condition by the cursor date was not in view:
  // its name would tell of what came later
  const panels = all.filter((p) => p.status !== null || p.conditions.length + p.demands.length > 0);
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).checklist;
  return (
    <section className="summit-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t.heading}</h2>
      <p className="section-note">{t.asOf(core.format.shortDate(asOf))}</p>
      {all.length === 0 && <p>{t.noSummits}</p>}
      {all.length > 0 && panels.length === 0 && <p>{t.noneInView(core.format.shortDate(asOf))}</p>}
      {panels.map((panel) => {
        const id = panel.summit.id;
        return (
          <article key={id} className="summit" aria-labelledby={`summit-${id}`}>
            <h3 id={`summit-${id}`}>{panel.summit.name}</h3>
            <SummitStatus panel={panel} asOf={asOf} />
            {panel.conditions.length + panel.demands.length === 0 && (
              <p className="muted">{t.noneYet}</p>
            )}
            {panel.conditions.length > 0 && (
              <ul className="conditions" aria-label={t.statedConditions}>
                {panel.conditions.map((c) => (
                  <ConditionItem key={c.id} c={c} names={names} />
                ))}
              </ul>
            )}
            {panel.demands.length > 0 && (
              <>
                <h4 id={`demands-${id}`} className="demands-heading">
                  {t.demandsHeading}
                </h4>
                <ul className="conditions demands" aria-labelledby={`demands-${id}`}>
                  {panel.demands.map((c) => (
                    <ConditionItem key={c.id} c={c} names={names} />
                  ))}
                </ul>
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}
