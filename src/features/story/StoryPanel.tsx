import { useShallow } from 'zustand/react/shallow';
import { currentPermalinkBase, permalink } from '../common/permalink';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useStoryMessages } from './story-messages';
import { useDataset } from '../../store/hooks';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { ChapterImage } from './ChapterImage';
import { ChapterList } from './ChapterList';
import { ChapterSentences } from './ChapterText';
import { MiniTimeline } from './MiniTimeline';
import { StoryArticle } from './StoryArticle';
import { StoryHighlight } from './StoryHighlight';
import { useArrowKeys, useSwipe } from './story-input';
import { leaveStory, openChapter, useStory } from './use-story';

/**
 * The guided story (?story=N): one chapter at a time, and every panel of the page on that
 * chapter's day. Previous/next buttons, arrow keys, a swipe or the list of chapters step
 * through it; each step is a history entry, so the back button steps back.
 */
export default function StoryPanel() {
  const { at, text, inPlace, step } = useStory();
  const t = useStoryMessages();
  const core = useMessages('core', enCore);
  const dataset = useDataset();
  const { lang } = useLang();
  const view = useTracker(useShallow(viewStateOf));
  const swipe = useSwipe(step);
  useArrowKeys(step);
  const close = (
    <button type="button" className="button small story-close" onClick={leaveStory}>
      {t.close}
    </button>
  );
  if (at.kind === 'missing' || !text)
    return (
      <section className="story" aria-label={t.region}>
        <p role="alert">{t.missing(at.number, at.count)}</p>
        <button type="button" className="button" onClick={() => openChapter(1)}>
          {t.start}
        </button>{' '}
        {close}
      </section>
    );
  const { chapter, number, count } = at;
  const day = core.format.date(chapter.date, 'day');
  const link = permalink(currentPermalinkBase(), view, window.location.search, lang);
  return (
    <section className="story" id="story" aria-labelledby="story-title">
      <div className="story-top">
        <p className="story-count" aria-live="polite">
          {t.chapterOf(number, count)}
        </p>
        <ChapterList current={number} />
        {close}
      </div>
      <article className="story-card" {...swipe}>
        <h2 id="story-title">{text.title}</h2>
        <p className="story-day">{t.showsDay(day)}</p>
        <ChapterSentences text={text} />
        <MiniTimeline chapter={chapter} />
        {text.translated && <p className="story-note">{t.translated}</p>}
        <p className="story-credit">
          {dataset.meta.credit} · {core.format.date(dataset.meta.lastUpdated, 'day')} ·{' '}
          <a href={link}>{t.permalink}</a>
        </p>
      </article>
      {!inPlace && (
        <p className="story-changed">
          {t.changed}{' '}
          <button type="button" className="button" onClick={() => openChapter(number)}>
            {t.backToChapter}
          </button>
        </p>
      )}
      <nav className="story-nav" aria-label={t.region}>
        <button type="button" className="button" disabled={number === 1} onClick={() => step(-1)}>
          {t.previous}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={number === count}
          onClick={() => step(1)}
        >
          {t.next}
        </button>
        <ChapterImage chapter={chapter} text={text} link={link} />
      </nav>
      <p className="story-keys">{t.keys}</p>
      <StoryHighlight ids={chapter.highlight} />
      <StoryArticle current={number} />
    </section>
  );
}
