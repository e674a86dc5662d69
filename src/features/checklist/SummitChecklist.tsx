import { formatShortDate } from '../../derive/dates';
import { useAsOf, useDerivations, useNames } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';
import { conditionStateLabel, conditionStateMark, sideLabel } from '../common/labels';
import { SummitStatus } from './SummitStatus';

/** Each side's conditions for a summit, met or not as of the cursor, with the evidence. */
export function SummitChecklist() {
  const names = useNames();
  const asOf = useAsOf();
  const panels = useDerivations().summitPanels(asOf);
  return (
    <section className="summit-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Summit conditions</h2>
      <p className="section-note">As of {formatShortDate(asOf)}.</p>
      {panels.length === 0 && <p>No summits in this dataset.</p>}
      {panels.map((panel) => (
        <article
          key={panel.summit.id}
          className="summit"
          aria-labelledby={`summit-${panel.summit.id}`}
        >
          <h3 id={`summit-${panel.summit.id}`}>{panel.summit.name}</h3>
          <SummitStatus panel={panel} asOf={asOf} />
          <ul className="conditions">
            {panel.conditions.map((c) => (
              <li
                key={c.id}
                className={`condition state-${c.state ?? 'unset'}`}
                data-condition={c.id}
              >
                <span className="condition-mark" aria-hidden="true">
                  {c.state ? conditionStateMark[c.state] : '–'}
                </span>
                <div>
                  <p className="condition-text">
                    <strong>{sideLabel[c.side] ?? c.side}:</strong> {c.text}
                  </p>
                  <p className="condition-state">
                    <strong>{c.state ? conditionStateLabel[c.state] : 'Not yet demanded'}</strong>
                    {c.since && <> since {formatShortDate(c.since)}</>}
                    <span className="muted">
                      {' '}
                      · demanded by {c.demandedBy.map((a) => names.actors.get(a) ?? a).join(', ')}
                    </span>
                  </p>
                  {c.evidence.length > 0 && (
                    <ol className="evidence" aria-label="Evidence">
                      {c.evidence.map((ev) => {
                        const event = names.events.get(ev.eventId);
                        return (
                          <li key={`${ev.eventId}-${ev.date}`}>
                            {formatShortDate(ev.date)} ({conditionStateLabel[ev.state]}):{' '}
                            <a
                              href={eventHref(ev.eventId)}
                              onClick={(e) => {
                                e.preventDefault();
                                openEvent(ev.eventId, e.currentTarget);
                              }}
                            >
                              {event?.title ?? ev.eventId}
                            </a>
                          </li>
                        );
                      })}
                    </ol>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
