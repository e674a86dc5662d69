import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import jaFile from '../../data/translations/ja.json';
import koFile from '../../data/translations/ko.json';
import { derivationsOf } from '../../src/derive/derivations';
import { emptyFilters } from '../../src/derive/filter';
import { localiseDataset, otherLanguagesText } from '../../src/i18n/localise';
import type { Dataset } from '../../src/model/schema';
import type { Translation } from '../../src/model/translations';

const dataset = bundled as unknown as Dataset;
const ja = jaFile as unknown as Translation;
const ko = koFile as unknown as Translation;
const RULING = '2018-10-30-supreme-court-rules-against-nssm';

/** What the page finds: the shown texts, with every other loaded language's beside them. */
const search = (
  query: string,
  shown: Translation | null = null,
  loaded: readonly Translation[] = [],
) =>
  derivationsOf(localiseDataset(dataset, shown), otherLanguagesText(dataset, shown, loaded))
    .filtered({ ...emptyFilters, query })
    .map((e) => e.id);

describe('localiseDataset', () => {
  it('puts the Japanese texts in place and leaves ids, dates and codes alone', () => {
    const shown = localiseDataset(dataset, ja);
    const ruling = shown.events.find((e) => e.id === RULING)!;
    const english = dataset.events.find((e) => e.id === RULING)!;
    expect(ruling.title).toBe('韓国大法院、新日鉄住金に元徴用工4人への賠償命じる');
    expect(ruling.label).toBe('大法院、新日鉄住金に賠償命令');
    expect({ ...ruling, title: '', label: '', summary: '' }).toEqual({
      ...english,
      title: '',
      label: '',
      summary: '',
    });
    expect(shown.issues.find((i) => i.id === 'forced-labour')?.name).toBe('元徴用工問題');
    // the English dataset is untouched: it stays the reference
    expect(english.title).not.toMatch(/大法院/);
  });

  it('translates positions, summits, conditions and actors', () => {
    const shown = localiseDataset(dataset, ko);
    const issue = shown.issues.find((i) => i.positions.japan)!;
    expect(issue.positions.japan!.statement).toBe(ko.issues[issue.id]!.positions.japan);
    expect(issue.positions.japan!.source).toEqual(
      dataset.issues.find((i) => i.id === issue.id)!.positions.japan!.source,
    );
    const condition = shown.summits[0]!.conditions[0]!;
    expect(condition.text).toBe(ko.conditions[condition.id]!.text);
    const actor = shown.actors[0]!;
    expect(actor.name).toBe(ko.actors[actor.id]!.name);
  });

  it('returns the dataset itself when there is nothing to add', () => {
    expect(localiseDataset(dataset, null)).toBe(dataset);
    expect(otherLanguagesText(dataset, null, [])).toBeUndefined();
  });

  it('gives search the other languages, not the one shown', () => {
    const text = otherLanguagesText(dataset, ja, [ja, ko])!;
    const at = dataset.events.findIndex((e) => e.id === RULING);
    expect(text).toHaveLength(dataset.events.length);
    expect(text[at]).toContain(dataset.events[at]!.title);
    expect(text[at]).toContain(ko.events[RULING]!.title);
    expect(text[at]).not.toContain(ja.events[RULING]!.title);
  });
});

describe('search in every language, whatever the page language', () => {
  it('the English page finds Japanese and Korean words once the translations are loaded', () => {
    expect(search('新日鉄住金', null, [ja, ko])).toContain(RULING);
    expect(search('신일철주금', null, [ja, ko])).toContain(RULING);
    expect(search('Nippon Steel', null, [ja, ko])).toContain(RULING);
    // without them, the Japanese word finds nothing
    expect(search('新日鉄住金')).toEqual([]);
  });

  it('the Japanese page finds English and Korean words too', () => {
    expect(search('新日鉄住金', ja, [ja, ko])).toContain(RULING);
    expect(search('신일철주금', ja, [ja, ko])).toContain(RULING);
    expect(search('Nippon Steel', ja, [ja, ko])).toContain(RULING);
  });

  it('finds an actor by its English name on a translated page', () => {
    const actor = dataset.actors.find((a) => /Abe/.test(a.name))!;
    const expected = dataset.events.filter((e) => e.actors.includes(actor.id)).map((e) => e.id);
    const found = search(actor.name, ko, [ko]);
    for (const id of expected) expect(found).toContain(id);
  });
});
