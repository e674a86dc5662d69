import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import storyData from '../../../data/story.json';
import {
  chapterAt,
  chapterText,
  chapterView,
  showsChapter,
  stepChapter,
  type ChapterAt,
  type ChapterText,
} from '../../derive/story';
import type { Story } from '../../model/story-schema';
import { useLang } from '../../i18n/context';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { replaceNextEntry } from '../../store/url-sync';

/** validate:data and tests/unit/story-schema.test.ts check the file; zod stays out of the page. */
export const story = storyData as Story;

/** Shows chapter `number`: every panel moves to its day (a step the back button undoes). */
export function openChapter(number: number) {
  const at = chapterAt(story, number);
  if (at.kind !== 'chapter') return;
  const s = useTracker.getState();
  s.applyViewState(chapterView(at.chapter, number, viewStateOf(s)));
}

export function leaveStory() {
  const s = useTracker.getState();
  s.applyViewState({ ...viewStateOf(s), story: null });
}

export interface StoryState {
  at: ChapterAt;
  text: ChapterText | null;
  /** the view is still the chapter's own (no filter changed since) */
  inPlace: boolean;
  step: (by: 1 | -1) => void;
}

/**
 * The open chapter, its texts in the page's language, and stepping. A link that names only
 * the chapter (?story=3, no cursor date) is filled in with the chapter's view in place.
 */
export function useStory(): StoryState {
  const number = useTracker((s) => s.story) ?? 1;
  const view = useTracker(useShallow(viewStateOf));
  const { translation } = useLang();
  const at = useMemo(() => chapterAt(story, number), [number]);
  const chapter = at.kind === 'chapter' ? at.chapter : null;
  const text = useMemo(
    () => (chapter ? chapterText(chapter, translation) : null),
    [chapter, translation],
  );
  const bare = view.asOf === null;
  // once per chapter: a reader who later sets the cursor to "latest" is not pulled back
  const filled = useRef<number | null>(null);
  useEffect(() => {
    if (!chapter || !bare || filled.current === number) return;
    filled.current = number;
    replaceNextEntry();
    openChapter(number);
  }, [chapter, bare, number]);
  return {
    at,
    text,
    inPlace: chapter !== null && showsChapter(view, chapter),
    step: (by) => {
      const next = stepChapter(number, at.count, by);
      if (next !== null) openChapter(next);
    },
  };
}
