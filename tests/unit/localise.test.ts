import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import jaFile from '../../data/translations/ja.json';
import koFile from '../../data/translations/ko.json';
import { derivationsOf } from '../../src/derive/derivations';
import { emptyFilters } from '../../src/derive/filter';
import { localiseDataset } from '../../src/i18n/localise';
import type { Dataset } from '../../src/model/schema';
import type { Translation } from '../../src/model/translations';

const dataset = bundled as unknown as Dataset;
const ja = jaFile as unknown as Translation;
const ko = koFile as unknown as Translation;
const RULING = '2018-10-30-supreme-court-rules-against-nssm';

const search = (d: Dataset, query: string) =>
  derivationsOf(d)
    .filtered({ ...emptyFilters, query })
    .map((e) => e.id);

describe('localiseDataset', () => {
  it('puts the Japanese texts in place and leaves ids, dates and codes alone', () => {
    const shown = localiseDataset(dataset, ja, [ja]);
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
    const shown = localiseDataset(dataset, ko, [ko]);
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
    expect(localiseDataset(dataset, null, [])).toBe(dataset);
  });
});

describe('search in every language, whatever the page language', () => {
  it('the English page finds Japanese and Korean words once the translations are loaded', () => {
    const english = localiseDataset(dataset, null, [ja, ko]);
    expect(search(english, '新日鉄住金')).toContain(RULING);
    expect(search(english, '신일철주금')).toContain(RULING);
    expect(search(english, 'Nippon Steel')).toContain(RULING);
    // without them, the Japanese word finds nothing
    expect(search(dataset, '新日鉄住金')).toEqual([]);
  });

  it('the Japanese page finds English and Korean words too', () => {
    const japanese = localiseDataset(dataset, ja, [ja, ko]);
    expect(search(japanese, '新日鉄住金')).toContain(RULING);
    expect(search(japanese, '신일철주금')).toContain(RULING);
    expect(search(japanese, 'Nippon Steel')).toContain(RULING);
  });

  it('finds an actor by its English name on a translated page', () => {
    const korean = localiseDataset(dataset, ko, [ko]);
    const actor = dataset.actors.find((a) => /Abe/.test(a.name))!;
    const expected = dataset.events.filter((e) => e.actors.includes(actor.id)).map((e) => e.id);
    const found = search(korean, actor.name);
    for (const id of expected) expect(found).toContain(id);
  });
});
