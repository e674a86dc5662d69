import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import ja from '../../data/translations/ja.json';
import ko from '../../data/translations/ko.json';
import type { Dataset } from '../../src/model/schema';
import { readFileSync } from 'node:fs';
import {
  indicatorTranslationProblems,
  Translation,
  translationProblems,
} from '../../src/model/translations';

const dataset = bundled as unknown as Dataset;

describe.each([
  ['ja', ja],
  ['ko', ko],
])('the %s translation of the bundled dataset', (lang, raw) => {
  const parsed = Translation.parse(raw);

  it('is complete: every event, issue, position, summit, condition and actor', () => {
    expect(parsed.lang).toBe(lang);
    expect(translationProblems(dataset, parsed)).toEqual([]);
  });

  it('uses the native names the dataset already has for actors', () => {
    const key = lang === 'ja' ? 'nameJa' : 'nameKo';
    for (const actor of dataset.actors)
      if (actor[key]) expect(parsed.actors[actor.id]?.name).toBe(actor[key]);
  });
});

describe('translationProblems', () => {
  const t = Translation.parse(ja);

  it('names a missing text and an id the dataset does not have', () => {
    const first = dataset.events[0]!.id;
    const events: Translation['events'] = { ...t.events, 'no-such-event': t.events[first]! };
    delete events[first];
    expect(translationProblems(dataset, { ...t, events })).toEqual([
      { path: `events.${first}`, message: 'no ja translation' },
      { path: 'events.no-such-event', message: 'translates an id the dataset does not have' },
    ]);
  });

  it('refuses an over-long label and a label repeated within a month', () => {
    const [a, b] = dataset.events.filter((e) => e.date.startsWith('2019-07'));
    const events = {
      ...t.events,
      [a!.id]: { ...t.events[a!.id]!, label: '輸出管理'.repeat(8) },
      [b!.id]: {
        ...t.events[b!.id]!,
        label:
          t.events[
            dataset.events.find(
              (e) => e.date.startsWith('2019-07') && e.id !== a!.id && e.id !== b!.id,
            )!.id
          ]!.label,
      },
    };
    const problems = translationProblems(dataset, { ...t, events });
    expect(problems).toContainEqual({
      path: `events.${a!.id}.label`,
      message: 'a label is at most 28 characters',
    });
    expect(problems.some((p) => /is also used by .* in the same month/.test(p.message))).toBe(true);
  });

  it('names a missing meta.title when the dataset has a title', () => {
    expect(dataset.meta.title).toBeTruthy();
    const withoutMeta = { ...t };
    delete withoutMeta.meta;
    expect(translationProblems(dataset, withoutMeta)).toEqual([
      { path: 'meta.title', message: 'no ja translation' },
    ]);
    expect(translationProblems(dataset, t)).toEqual([]);
  });

  it('carries the dataset title, subtitle and credit in both languages', () => {
    expect(Translation.parse(ja).meta?.title).toBe('日韓対立トラッカー');
    expect(Translation.parse(ko).meta?.title).toBe('한일 갈등 트래커');
    for (const raw of [ja, ko]) {
      const meta = Translation.parse(raw).meta;
      expect(meta?.subtitle).toBeTruthy();
      expect(meta?.credit).toBeTruthy();
    }
  });

  it('an empty text fails the shape', () => {
    const first = dataset.events[0]!.id;
    const broken = { ...t, events: { ...t.events, [first]: { ...t.events[first]!, title: '' } } };
    expect(Translation.safeParse(broken).success).toBe(false);
  });

  it('an empty meta.title fails the shape', () => {
    expect(Translation.safeParse({ ...t, meta: { title: '' } }).success).toBe(false);
  });
});

describe('indicatorTranslationProblems', () => {
  const ids = ['jp-good-of-kr', 'kr-bad-of-jp'];
  const base = {
    lang: 'ja' as const,
    events: {},
    issues: {},
    summits: {},
    conditions: {},
    actors: {},
  };

  it('asks for a title for every series, and none for a series that does not exist', () => {
    const t = {
      ...base,
      indicators: { 'jp-good-of-kr': { title: '韓国に良い印象' }, ghost: { title: 'x' } },
    };
    expect(indicatorTranslationProblems(ids, t)).toEqual([
      { path: 'indicators.kr-bad-of-jp', message: 'no ja translation' },
      { path: 'indicators.ghost', message: 'translates a series the indicators do not have' },
    ]);
  });

  it('finds nothing missing in the bundled translations', () => {
    const series = (
      JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { series: { id: string }[] }
    ).series.map((s) => s.id);
    for (const lang of ['ja', 'ko'])
      expect(
        indicatorTranslationProblems(
          series,
          JSON.parse(readFileSync(`data/translations/${lang}.json`, 'utf8')),
        ),
      ).toEqual([]);
  });
});
