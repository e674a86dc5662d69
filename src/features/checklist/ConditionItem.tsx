import type { ConditionRow } from '../../derive/panels';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { Names } from '../../store/hooks';
import { eventHref, openEvent } from '../common/event-link';
import { effectNote } from '../../derive/effect-notes';
import { DatedNote } from '../common/DatedNote';
import { conditionStateMark } from '../common/labels';
import { conditionLead } from './condition-lead';
import { LinkedText } from '../common/LinkedText';

/** One condition (or demand) with its state as of the cursor, who demanded it and the evidence. */
export function ConditionItem({ c, names }: { c: ConditionRow; names: Names }) {
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.checklist;
  return (
    <li className={`condition state-${c.state ?? 'unset'} kind-${c.kind}`} data-condition={c.id}>
      <span className="condition-mark" aria-hidden="true">
        {c.state ? conditionStateMark[c.state] : '–'}
      </span>
      <div>
        <p className="condition-text">
          <strong>
            {conditionLead(core, c.side, c.kind)}
            {p.common.colon}
          </strong>
          {c.text}
        </p>
        <p className="condition-state">
          <strong>{c.state ? core.status.condition[c.state] : t.notYetDemanded}</strong>
          {c.since && t.since(core.format.shortDate(c.since))}
          <span className="muted">
            {t.demandedBy(core.format.list(c.demandedBy.map((a) => names.actors.get(a) ?? a)))}
          </span>
        </p>
        {c.note && c.noteDate && (
          // the condition's note may be translated with the dataset: not marked as English
          <DatedNote date={c.noteDate} lead="asOf" translated className="condition-note muted">
            <LinkedText text={c.note} events={names.events} />
          </DatedNote>
        )}
        {c.evidence.length > 0 && (
          <ol className="evidence" aria-label={t.evidence}>
            {c.evidence.map((ev) => {
              const event = names.events.get(ev.eventId);
              return (
                <li key={`${ev.eventId}-${ev.date}`}>
                  {t.evidenceLead(core.format.shortDate(ev.date), core.status.condition[ev.state])}
                  <a
                    href={eventHref(ev.eventId)}
                    onClick={(e) => {
                      e.preventDefault();
                      openEvent(ev.eventId, e.currentTarget);
                    }}
                  >
                    {event?.title ?? ev.eventId}
                  </a>
                  <EffectNote note={effectNote(event, { condition: c.id })} />
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </li>
  );
}

/**
 * An effect's note after its evidence line, dated by the line's lead (the day of the event
 * that had the effect): the data's English, marked so on other pages.
 */
function EffectNote({ note }: { note: string | null }) {
  const { lang } = useLang();
  if (!note) return null;
  return (
    <span className="effect-note muted">
      {' — '}
      <span lang={lang === 'en' ? undefined : 'en'}>{note}</span>
    </span>
  );
}
