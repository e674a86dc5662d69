/**
 * The story as state: which chapter is open, the view that shows it, the step to the next or
 * previous one, its texts in the page's language and the small timeline a phone shows beside
 * them. Pure: the story, the dataset and the current view are arguments.
 */
import type { Dataset } from '../model/schema';
import type { Chapter, Story } from '../model/story-schema';
import type { Translation } from '../model/translations';
import { occurredOn } from './event-status';
import { dayNumber } from './dates';
import { emptyFilters } from './filter';
import type { ViewState } from './url-state';

export type ChapterAt =
  | { kind: 'chapter'; chapter: Chapter; number: number; count: number }
  /** ?story=N beyond the last chapter */
  | { kind: 'missing'; number: number; count: number };

/** Chapter `number` (1 for the first) of the story. */
export function chapterAt(story: Story, number: number): ChapterAt {
  const count = story.chapters.length;
  const chapter = story.chapters[number - 1];
  return chapter && number >= 1
    ? { kind: 'chapter', chapter, number, count }
    : { kind: 'missing', number, count };
}

/** The chapter one step on (+1) or back (−1), or null at either end. */
export function stepChapter(number: number, count: number, step: 1 | -1): number | null {
  const next = number + step;
  return next >= 1 && next <= count ? next : null;
}

/**
 * The view that shows chapter `number`: the cursor on its date, the timeline on its issues
 * and span, nothing open, nothing compared; the lanes/list choice and the future mode stay
 * as the reader set them.
 */
export function chapterView(chapter: Chapter, number: number, current: ViewState): ViewState {
  return {
    ...current,
    filters: {
      ...emptyFilters,
      issues: [...chapter.issues],
      from: chapter.span.from,
      to: chapter.span.to,
    },
    asOf: chapter.date,
    eventId: null,
    story: number,
    compare: null,
  };
}

/** Whether the view is still exactly the chapter's (the reader has not changed a filter). */
export function showsChapter(view: ViewState, chapter: Chapter): boolean {
  const f = view.filters;
  return (
    view.asOf === chapter.date &&
    f.from === chapter.span.from &&
    f.to === chapter.span.to &&
    f.query === '' &&
    f.actors.length === 0 &&
    f.kinds.length === 0 &&
    f.issues.length === chapter.issues.length &&
    f.issues.every((id, i) => id === chapter.issues[i])
  );
}

export interface ChapterText {
  title: string;
  sentences: { text: string; events: string[] }[];
  /** true when the texts are a translation of the English */
  translated: boolean;
}

/** The chapter's title and sentences in the page's language (English when not translated). */
export function chapterText(chapter: Chapter, translation: Translation | null): ChapterText {
  const tr = translation?.story?.[chapter.id];
  if (!tr || tr.sentences.length !== chapter.sentences.length)
    return { title: chapter.title, sentences: chapter.sentences, translated: false };
  return {
    title: tr.title,
    sentences: chapter.sentences.map((s, i) => ({ text: tr.sentences[i]!, events: s.events })),
    translated: true,
  };
}

export interface MiniMark {
  eventId: string;
  title: string;
  /** 0 at the span's start, 1 at its end */
  x: number;
  highlighted: boolean;
}

/**
 * The small timeline of a chapter: its issues' events in its span that had taken place by
 * its date (nothing later is drawn), placed between the span's ends.
 */
export function chapterMarks(chapter: Chapter, dataset: Dataset): MiniMark[] {
  const start = dayNumber(chapter.span.from);
  const length = Math.max(1, dayNumber(chapter.span.to) - start);
  const issues = new Set(chapter.issues);
  const highlighted = new Set(chapter.highlight);
  const marks: MiniMark[] = [];
  for (const event of dataset.events) {
    const on = occurredOn(event);
    if (on === null || on > chapter.date) continue;
    if (event.date < chapter.span.from || event.date > chapter.span.to) continue;
    if (issues.size && !event.issues.some((id) => issues.has(id))) continue;
    marks.push({
      eventId: event.id,
      title: event.title,
      x: (dayNumber(event.date) - start) / length,
      highlighted: highlighted.has(event.id),
    });
  }
  // highlighted marks last, so that they are drawn over the others
  return marks.sort((a, b) => Number(a.highlighted) - Number(b.highlighted) || a.x - b.x);
}
