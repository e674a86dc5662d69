import { useEffect, useRef } from 'react';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { useAsOf, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { eventAsKnownOn } from '../../derive/event-status';
import { closeEvent, returnFocusFromEvent } from '../common/event-link';
import { EventBody } from './EventBody';
import { KnownThenDetail } from './KnownThenDetail';
import { useLaterEventWords } from './later-event-messages';

/**
 * The open event: everything known of it, every source, and its related events. An event
 * dated after the cursor opens folded behind a notice that says so: nothing after the
 * cursor is told unless the reader asks. Escape closes.
 */
export function EventDetail() {
  const id = useTracker((s) => s.eventId);
  const names = useNames();
  const asOf = useAsOf();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = id ? names.events.get(id) : undefined;
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).detail;
  const words = useLaterEventWords();
  const { reference } = useLang();

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
  // announced by the cursor date but held later: told as it stood, never by its final date
  const told = eventAsKnownOn(event, asOf);
  const notYetHeld = told !== event;
  // on a translated page: whether the title and summary differ from the English they come from
  const original = reference?.events.find((e) => e.id === event.id);
  const translated =
    original !== undefined &&
    (original.title !== event.title || original.summary !== event.summary);
  // dated after the cursor (a month- or year-precision date is its first day)
  const later = !notYetHeld && event.date > asOf;
  return (
    <aside
      className="event-detail"
      role="dialog"
      aria-modal="false"
      aria-labelledby="event-detail-title"
    >
      <div className="detail-head">
        <p className="detail-date">
          {core.format.date(told.date, told.datePrecision)}
          {translated && !notYetHeld && (
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
      {notYetHeld ? (
        <KnownThenDetail told={told} event={event} asOf={asOf} headingRef={headingRef} />
      ) : later ? (
        <>
          <h2 id="event-detail-title" tabIndex={-1} ref={headingRef}>
            {words.heading}
          </h2>
          <p className="notice later-event-notice">
            {words.notice(
              core.format.date(event.date, event.datePrecision),
              core.format.shortDate(asOf),
            )}
          </p>
          <details className="later-event">
            <summary>{words.open}</summary>
            <EventBody event={event} later headingRef={headingRef} />
          </details>
        </>
      ) : (
        <EventBody event={event} later={false} headingRef={headingRef} />
      )}
    </aside>
  );
}
