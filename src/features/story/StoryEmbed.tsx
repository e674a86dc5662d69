import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { postHeight } from '../embed';
import { currentPermalinkBase, permalink } from '../common/permalink';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { useStoryMessages } from './story-messages';
import { useDataset } from '../../store/hooks';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { ChapterSentences } from './ChapterText';
import { MiniTimeline } from './MiniTimeline';
import { useStory } from './use-story';

/** ?embed=1&story=N: one chapter for an article's iframe, with a link to the whole story. */
export default function StoryEmbed() {
  const { at, text } = useStory();
  const t = useStoryMessages();
  const core = useMessages('core', enCore);
  const dataset = useDataset();
  const { lang } = useLang();
  const view = useTracker(useShallow(viewStateOf));
  useEffect(() => postHeight(), []);
  if (at.kind === 'missing' || !text)
    return (
      <main className="embed">
        <p role="alert">{t.missing(at.number, at.count)}</p>
      </main>
    );
  const link = permalink(currentPermalinkBase(), view, window.location.search, lang);
  return (
    <main className="embed story-embed" aria-labelledby="story-title">
      <article className="story-card">
        <p className="story-count">{t.chapterOf(at.number, at.count)}</p>
        <h1 id="story-title">{text.title}</h1>
        <p className="story-day">{core.format.date(at.chapter.date, 'day')}</p>
        <ChapterSentences text={text} interactive={false} />
        <MiniTimeline chapter={at.chapter} />
        {text.translated && <p className="story-note">{t.translated}</p>}
        <p className="story-credit">{dataset.meta.credit}</p>
      </article>
      <p className="embed-link">
        <a href={link} target="_blank" rel="noopener noreferrer">
          {t.openFull}
        </a>
      </p>
    </main>
  );
}
