/**
 * The dataset as a reader of one language sees it: the Japanese or Korean texts of
 * data/translations put in place of the English ones (ids, dates and codes untouched), and
 * the texts of every loaded language for search, so "徴用" or "징용" finds events in any
 * interface language. The English dataset stays the reference (LangState.reference).
 */
import type { Dataset } from '../model/schema';
import type { Translation } from '../model/translations';

export { loadTranslation } from './load-translation';

/** The dataset in the language of `shown` (the dataset itself when null). */
export function localiseDataset(dataset: Dataset, shown: Translation | null): Dataset {
  return shown ? translate(dataset, shown) : dataset;
}

/**
 * What search reads beside the shown texts, one string per event in dataset order (given
 * to createDerivations): the English texts on a translated page, and the texts of every
 * other loaded language. Undefined when there is nothing beyond what the page shows.
 */
export function otherLanguagesText(
  dataset: Dataset,
  shown: Translation | null,
  loaded: readonly Translation[],
): readonly string[] | undefined {
  const searchable = loaded.filter((t) => t.lang !== shown?.lang);
  if (!shown && searchable.length === 0) return undefined;
  const englishNames = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.map((e) => {
    const parts: string[] = [];
    if (shown) parts.push(e.title, e.summary, ...e.actors.map((id) => englishNames.get(id) ?? ''));
    for (const t of searchable) {
      const tr = t.events[e.id];
      if (tr) parts.push(tr.title, tr.summary);
    }
    return parts.join('\n');
  });
}

function translate(dataset: Dataset, t: Translation): Dataset {
  return {
    ...dataset,
    meta: {
      ...dataset.meta,
      ...(t.meta && {
        title: t.meta.title,
        ...(t.meta.subtitle && { subtitle: t.meta.subtitle }),
        ...(t.meta.credit && { credit: t.meta.credit }),
      }),
    },
    events: dataset.events.map((e) => {
      const tr = t.events[e.id];
      return tr ? { ...e, title: tr.title, label: tr.label, summary: tr.summary } : e;
    }),
    issues: dataset.issues.map((issue) => {
      const tr = t.issues[issue.id];
      if (!tr) return issue;
      return {
        ...issue,
        name: tr.name,
        explainer: tr.explainer,
        positions: {
          ...issue.positions,
          ...(issue.positions.japan &&
            tr.positions.japan && {
              japan: { ...issue.positions.japan, statement: tr.positions.japan },
            }),
          ...(issue.positions.korea &&
            tr.positions.korea && {
              korea: { ...issue.positions.korea, statement: tr.positions.korea },
            }),
        },
      };
    }),
    summits: dataset.summits.map((s) => ({
      ...s,
      name: t.summits[s.id]?.name ?? s.name,
      conditions: s.conditions.map((c) => {
        const tr = t.conditions[c.id];
        return tr
          ? {
              ...c,
              text: tr.text,
              ...(tr.note !== undefined && c.note !== undefined && { note: tr.note }),
            }
          : c;
      }),
    })),
    actors: dataset.actors.map((a) => {
      const name = t.actors[a.id]?.name;
      return name ? { ...a, name } : a;
    }),
  };
}
