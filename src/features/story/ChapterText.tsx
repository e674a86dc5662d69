import type { ChapterText as Texts } from '../../derive/story';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useStoryMessages } from './story-messages';
import { useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';

/**
 * A chapter's sentences, each followed by the events it rests on: buttons that open the
 * event's detail (its summary and sources), so every claim can be checked.
 */
export function ChapterSentences({
  text,
  interactive = true,
}: {
  text: Texts;
  interactive?: boolean;
}) {
  const names = useNames();
  const core = useMessages('core', enCore);
  const t = useStoryMessages();
  const selectEvent = useTracker((s) => s.selectEvent);
  return (
    <div className="story-sentences">
      {text.sentences.map((sentence, i) => (
        <p key={i}>
          {sentence.text}{' '}
          <span className="story-refs">
            <span className="visually-hidden">{t.basedOn} </span>
            {sentence.events.map((id) => {
              const event = names.events.get(id);
              // a custom dataset may lack the bundled story's events: the sentence stays, unlinked
              if (!event) return null;
              const date = core.format.date(event.date, event.datePrecision);
              return interactive ? (
                <button
                  key={id}
                  type="button"
                  className="link-button story-ref"
                  aria-label={`${date}: ${t.openEvent(event.title)}`}
                  onClick={() => selectEvent(id)}
                >
                  {date}
                </button>
              ) : (
                <span key={id} className="link-button story-ref">
                  {date}
                </span>
              );
            })}
          </span>
        </p>
      ))}
    </div>
  );
}
