import { chapterText } from '../../derive/story';
import { useLang } from '../../i18n/context';
import { useStoryMessages } from './story-messages';
import { openChapter, story } from './use-story';

/** Every chapter by its title, the open one marked; choosing one opens it. */
export function ChapterList({ current }: { current: number }) {
  const { translation } = useLang();
  const t = useStoryMessages();
  return (
    <details className="story-list">
      <summary>{t.chapters}</summary>
      <ol>
        {story.chapters.map((chapter, i) => (
          <li key={chapter.id}>
            <button
              type="button"
              className="button"
              aria-current={i + 1 === current ? 'step' : undefined}
              onClick={() => openChapter(i + 1)}
            >
              {chapterText(chapter, translation).title}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
