import type { Ref } from 'react';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import type { DisputeEvent } from '../../model/schema';
import { useAsOf, useDataset, useNames } from '../../store/hooks';
import { LinkedText } from '../common/LinkedText';
import { SafeLink } from '../common/SafeLink';
import { conditionLead } from '../checklist';
import { Corrections } from './Corrections';
import { DetailFacts } from './DetailFacts';
import { DetailTags } from './DetailTags';
import { RelatedEvents } from './RelatedEvents';
import { StatusHistory } from './StatusHistory';
import { SourceList } from '../common/SourceList';

/**
 * Everything known of an event: title, summary, notes, what it changed, every source and
 * its related events. `later`: it is in the fold of an event after the cursor, where the
 * dialog's heading is the notice and the title a subheading.
 */
export function EventBody({
  event,
  later,
  headingRef,
}: {
  event: DisputeEvent;
  later: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.detail;
  const { reference, lang } = useLang();
  /** notes and corrections are data in English: marked so on a translated page */
  const dataLang = lang === 'en' ? undefined : 'en';
  const colon = p.common.colon;
  const conditionText = new Map(
    dataset.summits.flatMap((s) =>
      s.conditions.map((c) => [c.id, `${conditionLead(core, c.side, c.kind)}${colon}${c.text}`]),
    ),
  );
  // on a translated page: the English the title and summary come from, when they differ
  const original = reference?.events.find((e) => e.id === event.id);
  const translated =
    original !== undefined &&
    (original.title !== event.title || original.summary !== event.summary);
  // an event the translation lacks is shown in English: say so to screen readers
  const textLang = reference && !translated ? 'en' : undefined;
  return (
    <>
      {later ? (
        <h3 lang={textLang}>{event.title}</h3>
      ) : (
        <h2 id="event-detail-title" tabIndex={-1} ref={headingRef} lang={textLang}>
          {event.title}
        </h2>
      )}
      <DetailTags event={event} />
      <p lang={textLang}>{event.summary}</p>
      {translated && (
        <details className="english-original">
          <summary>
            {core.language.englishOriginal}
            <span className="visually-hidden">{p.common.aside(t.translatedNote)}</span>
          </summary>
          <p lang="en">
            <strong>{original.title}</strong>
          </p>
          <p lang="en">{original.summary}</p>
        </details>
      )}
      {event.note && (
        <p className="note">
          {t.noteLead}
          {/* notes are data and stay in English */}
          <span lang={dataLang}>
            <LinkedText text={event.note} events={names.events} asOf={asOf} />
          </span>
        </p>
      )}
      <Corrections corrections={event.corrections} />
      <DetailFacts event={event} names={names} />
      <StatusHistory status={event.status} />
      {event.effects.length > 0 && (
        <>
          <h3>{t.whatChanged}</h3>
          <ul>
            {event.effects.map((ef, i) => (
              <li key={i}>
                {'issue' in ef
                  ? `${names.issues.get(ef.issue) ?? ef.issue}${colon}${core.status.issue[ef.status]}`
                  : `${conditionText.get(ef.condition) ?? ef.condition}${colon}${core.status.condition[ef.state]}`}
                {ef.note && <span className="muted">{p.common.aside(ef.note)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {event.positions && (event.positions.japan || event.positions.korea) && (
        <>
          <h3>{t.positions}</h3>
          <ul>
            {(['japan', 'korea'] as const).map((side) => {
              const position = event.positions?.[side];
              if (!position) return null;
              return (
                <li key={side}>
                  <strong>
                    {core.status.side[side]}
                    {colon}
                  </strong>
                  {position.statement}
                  {t.sourceOpen}
                  <SafeLink href={position.source.url}>{position.source.publisher}</SafeLink>
                  {t.sourceClose}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t.sources}</h3>
      {/* at a past cursor, a report published after it is folded, as a note written later is */}
      <SourceList sources={event.sources} asOf={later ? undefined : asOf} />
      <RelatedEvents event={event} />
    </>
  );
}
