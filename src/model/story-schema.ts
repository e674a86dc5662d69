/**
 * The story (data/story.json): chapters written from the dataset, each a title, a few
 * sentences that each name the events they rest on, a date for the time cursor, the issues
 * and the span the timeline shows, and the events it highlights. Types are inferred here;
 * `npm run schema:json` publishes data/story.schema.json. Rules that need the dataset (every
 * id exists, no event after the chapter's date) are in `storyProblems`.
 */
import { z } from 'zod';
import type { Dataset } from './schema';
import { Id, IsoDate } from './schema';
import { formatPath, type Problem, type Validation } from './problems';
import type { Translation } from './translations';

export const StorySentence = z.object({
  text: z.string().min(1),
  /** the events that support every claim of the sentence */
  events: z.array(Id).min(1, 'a sentence rests on at least one event'),
});

export const Chapter = z.object({
  id: Id,
  title: z.string().min(1).max(80),
  /** the time cursor's date for this chapter */
  date: IsoDate,
  /** the timeline's date range while the chapter is shown */
  span: z.object({ from: IsoDate, to: IsoDate }),
  /** the issues the timeline shows (empty: all) */
  issues: z.array(Id),
  /** the events the timeline marks */
  highlight: z.array(Id),
  sentences: z.array(StorySentence).min(2).max(4),
});

export const Story = z.object({
  chapters: z.array(Chapter).min(1).max(12),
});

export type Story = z.infer<typeof Story>;
export type Chapter = z.infer<typeof Chapter>;
export type StorySentence = z.infer<typeof StorySentence>;

/** Shape, then every rule that needs the dataset (see `storyProblems`). */
export function validateStory(input: unknown, dataset: Dataset): Validation<Story> {
  const parsed = Story.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  const problems = storyProblems(parsed.data, dataset);
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data };
}

/**
 * A chapter tells nothing it could not know on its date: every event it links or highlights
 * exists and took place on or before that date. Ids unique, spans in order, issues known.
 */
export function storyProblems(story: Story, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map(dataset.events.map((e) => [e.id, e.date]));
  const issues = new Set(dataset.issues.map((i) => i.id));
  const seen = new Set<string>();
  story.chapters.forEach((chapter, c) => {
    const at = `chapters[${c}]`;
    const add = (path: string, message: string) => problems.push({ path: `${at}${path}`, message });
    if (seen.has(chapter.id)) add('.id', `duplicate chapter id "${chapter.id}"`);
    seen.add(chapter.id);
    if (chapter.span.from > chapter.span.to) add('.span', 'the span ends before it starts');
    if (chapter.date < chapter.span.from) add('.date', 'the date comes before the span');
    const previous = story.chapters[c - 1];
    if (previous && previous.date > chapter.date)
      add('.date', `comes before the previous chapter's date (${previous.date})`);
    chapter.issues.forEach((id, i) => {
      if (!issues.has(id)) add(`.issues[${i}]`, `no issue "${id}" in the dataset`);
    });
    const checkEvent = (id: string, path: string) => {
      const date = dates.get(id);
      if (date === undefined) add(path, `no event "${id}" in the dataset`);
      else if (date > chapter.date)
        add(path, `event "${id}" (${date}) comes after the chapter's date (${chapter.date})`);
    };
    chapter.highlight.forEach((id, i) => checkEvent(id, `.highlight[${i}]`));
    chapter.sentences.forEach((s, k) =>
      s.events.forEach((id, i) => checkEvent(id, `.sentences[${k}].events[${i}]`)),
    );
  });
  return problems;
}

/** What a translation lacks for the story: every chapter's title and each of its sentences. */
export function storyTranslationProblems(story: Story, t: Translation): Problem[] {
  const problems: Problem[] = [];
  const table = t.story ?? {};
  const known = new Set(story.chapters.map((c) => c.id));
  for (const chapter of story.chapters) {
    const tr = table[chapter.id];
    if (!tr) {
      problems.push({ path: `story.${chapter.id}`, message: `no ${t.lang} translation` });
      continue;
    }
    if (tr.sentences.length !== chapter.sentences.length)
      problems.push({
        path: `story.${chapter.id}.sentences`,
        message: `${tr.sentences.length} sentence(s) for the English ${chapter.sentences.length}`,
      });
  }
  for (const id of Object.keys(table))
    if (!known.has(id))
      problems.push({
        path: `story.${id}`,
        message: 'translates a chapter the story does not have',
      });
  return problems;
}
