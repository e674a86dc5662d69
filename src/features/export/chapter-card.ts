/**
 * A story chapter's image, loaded on first use (by the story, with import()): the timeline's
 * card drawn for the chapter, with its title as the headline, its sentences as the text, and
 * its issues' lanes over its span on its day. The lanes are the SVG drawing of card-svg.ts,
 * so the chapter's image is a drawing too, and its PNG is that drawing rasterised.
 */
import { dayNumber } from '../../derive/dates';
import type { EventAsOf } from '../../derive/event-status';
import { emptyFilters, type Filters } from '../../derive/filter';
import type { ChapterText } from '../../derive/story';
import type { Lang } from '../../i18n/lang';
import type { Chapter } from '../../model/story-schema';
import type { Dataset } from '../../model/schema';
import type { CardInput } from './card-svg';
import { imageCardInput, type ImageWords } from './image-card';
import { widthPresets } from './image-sizes';

export { cardSvg } from './card-svg';
export { download, svgSize, svgToPng } from './export-files';

/** The filters a chapter shows: its issues over its span (as chapterView sets them). */
export function chapterFilters(chapter: Chapter): Filters {
  return {
    ...emptyFilters,
    issues: [...chapter.issues],
    from: chapter.span.from,
    to: chapter.span.to,
  };
}

/**
 * The card of a chapter, 800 px wide (an article's width). `items` are the chapter's
 * events as they stood on its day, nothing later (see chapterFilters). Pure.
 */
export function chapterCardInput(view: {
  dataset: Dataset;
  items: EventAsOf[];
  chapter: Chapter;
  text: ChapterText;
  lang: Lang;
  permalink: string;
  words: ImageWords;
}): CardInput {
  const { chapter, text } = view;
  return imageCardInput({
    dataset: view.dataset,
    items: view.items,
    filters: chapterFilters(chapter),
    asOf: chapter.date,
    lang: view.lang,
    permalink: view.permalink,
    words: view.words,
    choices: {
      preset: widthPresets.find((p) => p.id === '800')!,
      headline: text.title,
      standfirst: text.sentences.map((s) => s.text).join(' '),
      standfirstLines: 10,
      lanes: 'filtered',
      span: { start: dayNumber(chapter.span.from), end: dayNumber(chapter.span.to) },
    },
  });
}
