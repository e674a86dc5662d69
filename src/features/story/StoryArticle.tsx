import { useMemo } from 'react';
import { chapterText } from '../../derive/story';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useStoryMessages } from './story-messages';
import { ChapterSentences } from './ChapterText';
import { MiniTimeline } from './MiniTimeline';
import { openChapter, story } from './use-story';

/**
 * The whole story as one page: each chapter's text with its small timeline. Phones read the
 * story this way, and it is what prints; a button moves every panel to a chapter's day.
 */
export function StoryArticle({ current }: { current: number }) {
  const { translation } = useLang();
  const core = useMessages('core', enCore);
  const t = useStoryMessages();
  const chapters = useMemo(
    () => story.chapters.map((c) => ({ chapter: c, text: chapterText(c, translation) })),
    [translation],
  );
  return (
    <div className="story-article" aria-labelledby="story-article-heading">
      <h2 id="story-article-heading">{t.asPage}</h2>
      <p className="story-print-note">{t.printNote}</p>
      {chapters.map(({ chapter, text }, i) => (
        <section
          key={chapter.id}
          className="story-article-chapter"
          aria-labelledby={`story-article-${chapter.id}`}
        >
          <h3 id={`story-article-${chapter.id}`}>
            {i + 1}. {text.title}
          </h3>
          <p className="story-day">{core.format.date(chapter.date, 'day')}</p>
          <ChapterSentences text={text} />
          <MiniTimeline chapter={chapter} />
          <button
            type="button"
            className="story-show-day"
            aria-current={i + 1 === current ? 'step' : undefined}
            onClick={() => openChapter(i + 1)}
          >
            {t.showOnPanels(i + 1)}
          </button>
        </section>
      ))}
    </div>
  );
}
