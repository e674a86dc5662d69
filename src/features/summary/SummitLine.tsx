import type { StandingSummit } from '../../derive/where-things-stand';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { summary as enSummary } from '../../i18n/en/summary';
import { useDataset, useNames } from '../../store/hooks';
import { conditionStateMark } from '../common/labels';
import { Around, Day, EventLink } from './StandingParts';

/** Where a summit stood on the cursor date, and its conditions not met (folded). */
export function SummitLine({ standing }: { standing: StandingSummit }) {
  const dataset = useDataset();
  const names = useNames();
  const core = useMessages('core', enCore);
  const t = useMessages('summary', enSummary);
  const summit = dataset.summits.find((s) => s.id === standing.summitId)!;
  const { status, statusDate, unmet, conditionsSet } = standing;
  const n = core.format.number;
  return (
    <div className="standing-summit">
      <p>
        {/* the summit's event, by its short label: the summit's full name is in the checklist */}
        <strong>
          {names.events.has(summit.event) ? <EventLink id={summit.event} /> : summit.name}
        </strong>
        {t.colon}
        {status === null || statusDate === null ? (
          t.summitNotAnnounced
        ) : (
          <Around parts={t.summit[status]}>
            <Day iso={statusDate} />
          </Around>
        )}
        {conditionsSet > 0 && unmet.length === 0 && (
          <>
            {' · '}
            {t.allMet}
          </>
        )}
      </p>
      {unmet.length > 0 && (
        <details>
          <summary>{t.unmet(n(unmet.length), n(conditionsSet), conditionsSet)}</summary>
          <ul>
            {unmet.map((u) => (
              <li key={u.conditionId} className={`state-${u.state}`}>
                <span aria-hidden="true">{conditionStateMark[u.state]} </span>
                <strong>
                  {core.status.side[u.side] ?? u.side}
                  {t.colon}
                  {core.status.condition[u.state]}
                </strong>{' '}
                {summit.conditions.find((c) => c.id === u.conditionId)?.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
