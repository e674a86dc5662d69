import { formatShortDate } from '../../derive/dates';
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
  const panels = useDerivations().summitPanels(asOf);
  return (
    <section className="summit-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Summit conditions</h2>
      <p className="section-note">As of {formatShortDate(asOf)}.</p>
      {panels.length === 0 && <p>No summits in this dataset.</p>}
      {panels.map((panel) => {
        const id = panel.summit.id;
        return (
          <article key={id} className="summit" aria-labelledby={`summit-${id}`}>
            <h3 id={`summit-${id}`}>{panel.summit.name}</h3>
            <SummitStatus panel={panel} asOf={asOf} />
            {panel.conditions.length > 0 && (
              <ul className="conditions" aria-label="Stated conditions">
                {panel.conditions.map((c) => (
                  <ConditionItem key={c.id} c={c} names={names} />
                ))}
              </ul>
            )}
            {panel.demands.length > 0 && (
              <>
                <h4 id={`demands-${id}`} className="demands-heading">
                  Demands not stated as conditions for the summit
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
