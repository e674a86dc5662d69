/**
 * Japanese and Korean translations of the dataset's texts (data/translations/*.json). The
 * English dataset is the reference; a translation file mirrors its ids and holds only text.
 * Shapes here, completeness against the dataset in `translationProblems`.
 */
import { z } from 'zod';
import type { Dataset } from './schema';
import type { Problem } from './problems';

/** Longest label in Japanese or Korean: full-width characters are about twice as wide. */
export const TRANSLATED_LABEL_MAX = 28;

const Text = z.string().min(1, 'a translation cannot be empty');

export const Translation = z.object({
  lang: z.enum(['ja', 'ko']),
  events: z.record(z.string(), z.object({ title: Text, label: Text, summary: Text })),
  issues: z.record(
    z.string(),
    z.object({
      name: Text,
      explainer: Text,
      positions: z.object({ japan: Text.optional(), korea: Text.optional() }),
    }),
  ),
  summits: z.record(z.string(), z.object({ name: Text })),
  conditions: z.record(z.string(), z.object({ text: Text, note: Text.optional() })),
  actors: z.record(z.string(), z.object({ name: Text })),
  /** the indicator series' titles (data/indicators.json), by series id */
  indicators: z.record(z.string(), z.object({ title: Text })).optional(),
  /** the dataset's title, subtitle and credit line in this language */
  meta: z.object({ title: Text, subtitle: Text.optional(), credit: Text.optional() }).optional(),
  /** the story's chapters (data/story.json), by chapter id: its title and each sentence in order */
  story: z.record(z.string(), z.object({ title: Text, sentences: z.array(Text) })).optional(),
  /** The translators' choices of terms and names, for editors. */
  notes: z.string().optional(),
});
export type Translation = z.infer<typeof Translation>;

/**
 * What a translation lacks or has too much of, against the dataset it translates: every
 * event, issue (with each position the English has), summit, condition and actor, the
 * dataset's title (meta.title), and no id the dataset does not have; labels short enough
 * and unique within a month.
 */
export function translationProblems(dataset: Dataset, t: Translation): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const compare = (kind: string, ids: string[], table: Record<string, unknown>) => {
    const known = new Set(ids);
    for (const id of ids) if (!(id in table)) add(`${kind}.${id}`, `no ${t.lang} translation`);
    for (const id of Object.keys(table))
      if (!known.has(id)) add(`${kind}.${id}`, `translates an id the dataset does not have`);
  };
  compare(
    'events',
    dataset.events.map((e) => e.id),
    t.events,
  );
  compare(
    'issues',
    dataset.issues.map((i) => i.id),
    t.issues,
  );
  compare(
    'summits',
    dataset.summits.map((s) => s.id),
    t.summits,
  );
  const conditions = dataset.summits.flatMap((s) => s.conditions);
  compare(
    'conditions',
    conditions.map((c) => c.id),
    t.conditions,
  );
  compare(
    'actors',
    dataset.actors.map((a) => a.id),
    t.actors,
  );
  if (dataset.meta.title && !t.meta?.title) add('meta.title', `no ${t.lang} translation`);
  for (const issue of dataset.issues) {
    const tr = t.issues[issue.id];
    if (!tr) continue;
    for (const side of ['japan', 'korea'] as const)
      if (issue.positions[side] && !tr.positions[side])
        add(`issues.${issue.id}.positions.${side}`, `no ${t.lang} translation`);
  }
  const seen = new Map<string, string>();
  for (const e of dataset.events) {
    const label = t.events[e.id]?.label;
    if (!label) continue;
    if ([...label].length > TRANSLATED_LABEL_MAX)
      add(`events.${e.id}.label`, `a label is at most ${TRANSLATED_LABEL_MAX} characters`);
    const key = `${e.date.slice(0, 7)} ${label}`;
    const twin = seen.get(key);
    if (twin)
      add(`events.${e.id}.label`, `label “${label}” is also used by ${twin} in the same month`);
    else seen.set(key, e.id);
  }
  return problems;
}

/**
 * What a translation lacks for the indicator series (data/indicators.json): a title for every
 * series, and none for a series the file does not have.
 */
export function indicatorTranslationProblems(
  seriesIds: readonly string[],
  t: Translation,
): Problem[] {
  const problems: Problem[] = [];
  const table = t.indicators ?? {};
  const known = new Set(seriesIds);
  for (const id of seriesIds)
    if (!(id in table))
      problems.push({ path: `indicators.${id}`, message: `no ${t.lang} translation` });
  for (const id of Object.keys(table))
    if (!known.has(id))
      problems.push({
        path: `indicators.${id}`,
        message: 'translates a series the indicators do not have',
      });
  return problems;
}
