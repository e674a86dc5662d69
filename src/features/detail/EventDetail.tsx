import { useEffect, useRef } from 'react';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { useAsOf, useDataset, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { closeEvent, eventHref, openEvent, returnFocusFromEvent } from '../common/event-link';
import { LinkedText } from '../common/LinkedText';
import { SafeLink } from '../common/SafeLink';
import { conditionLead } from '../checklist';
import { Corrections } from './Corrections';
import { DetailFacts } from './DetailFacts';
import { SourceList } from '../common/SourceList';

/** The open event: everything known of it, every source, and its related events. Escape closes. */
export function EventDetail() {
  const id = useTracker((s) => s.eventId);
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = id ? names.events.get(id) : undefined;
  const core = useMessages('core', enCore);
  const p = useMessages('panels', enPanels);
  const t = p.detail;
  const { reference, lang } = useLang();
  /** notes and corrections are data in English: marked so on a translated page */
  const dataLang = lang === 'en' ? undefined : 'en';

  // closed by the back button (the event= entry popped): focus goes back all the same
  useEffect(() => returnFocusFromEvent, []);

  useEffect(() => {
    if (!event) return;
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeEvent();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [event]);

  if (!event) return null;
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
  const related = event.related.map((rid) => names.events.get(rid)).filter((e) => e !== undefined);
  const answeredBy = dataset.events.filter((e) => e.related.includes(event.id));
  return (
    <aside
      className="event-detail"
      role="dialog"
      aria-modal="false"
      aria-labelledby="event-detail-title"
    >
      <div className="detail-head">
        <p className="detail-date">
          {core.format.date(event.date, event.datePrecision)}
          {translated && (
            <>
              {' '}
              <span className="tag translated" title={t.translatedNote}>
                {t.translated}
              </span>
            </>
          )}
        </p>
        <button type="button" className="button close" onClick={closeEvent} aria-label={t.close}>
          ✕
        </button>
      </div>
      <h2 id="event-detail-title" tabIndex={-1} ref={headingRef} lang={textLang}>
        {event.title}
      </h2>
      <p className="detail-tags">
        {event.issues.map((i) => names.issues.get(i) ?? i).join(' · ')} ·{' '}
        <span className="kind">{core.status.kind(event.kind)}</span>
      </p>
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
      {event.status.length > 0 && (
        <>
          <h3>{t.statusHistory}</h3>
          <ol className="status-history">
            {event.status.map((s, i) => (
              <li key={i}>
                {core.format.shortDate(s.date)}
                {colon}
                {core.status.event[s.status]}
                {s.note && <> — {s.note}</>}
              </li>
            ))}
          </ol>
        </>
      )}
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
      <SourceList sources={event.sources} />
      {(related.length > 0 || answeredBy.length > 0) && (
        <>
          <h3>{t.related}</h3>
          <ul>
            {[...related, ...answeredBy.filter((e) => !related.includes(e))].map((r) => (
              <li key={r.id}>
                <a
                  href={eventHref(r.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    openEvent(r.id);
                  }}
                >
                  {core.format.shortDate(r.date)}
                  {colon}
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
