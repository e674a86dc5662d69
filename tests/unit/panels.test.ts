import { describe, expect, it } from 'vitest';
import { summitPanels } from '../../src/derive/panels';
import { conditionLead } from '../../src/features/checklist/condition-lead';
import { core as en } from '../../src/i18n/en/core';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { makeCondition, makeDataset, makeSummit } from '../fixtures/make';

describe('summitPanels', () => {
  const dataset = makeDataset({
    summits: [
      makeSummit({
        conditions: [
          makeCondition(),
          makeCondition({
            id: 'lift-controls',
            side: 'korea',
            kind: 'demand',
            text: 'Japan should lift its export controls.',
            note: 'Not reported as a condition for the summit.',
            demandedBy: ['kr-government'],
          }),
          makeCondition({ id: 'labour-measures', kind: 'condition' }),
        ],
      }),
    ],
  });

  it('lists stated conditions and demands apart, each in dataset order', () => {
    const [panel] = summitPanels(dataset, '2020-10-27');
    expect(panel!.conditions.map((c) => [c.id, c.kind])).toEqual([
      ['no-asset-sale', 'condition'],
      ['labour-measures', 'condition'],
    ]);
    expect(panel!.demands.map((c) => [c.id, c.kind, c.note])).toEqual([
      ['lift-controls', 'demand', 'Not reported as a condition for the summit.'],
    ]);
  });

  it('derives each one’s state as of the date, demands too', () => {
    const [panel] = summitPanels(dataset, '2020-10-27');
    expect(panel!.conditions[0]).toMatchObject({ state: 'not-met', since: '2020-10-12' });
    expect(panel!.conditions[0]!.note).toBeNull();
    expect(panel!.demands[0]).toMatchObject({ state: null, since: null, evidence: [] });
  });
});

describe('conditionLead', () => {
  it.each<[string, 'condition' | 'demand' | undefined, string]>([
    ['japan', undefined, 'Tokyo'],
    ['japan', 'condition', 'Tokyo'],
    ['korea', 'demand', 'Seoul’s demand (not a stated condition for the summit)'],
    ['china', 'demand', 'Beijing’s demand (not a stated condition for the summit)'],
    ['other', 'demand', 'A demand (not a stated condition for the summit)'],
  ])('%s, %s → %s', (side, kind, expected) => {
    expect(conditionLead(en, side, kind)).toBe(expected);
  });

  it.each<['ja' | 'ko', string, 'condition' | 'demand', string]>([
    ['ja', 'japan', 'condition', '日本政府'],
    ['ja', 'korea', 'demand', '韓国政府の要求（首脳会談の条件として表明されたものではない）'],
    ['ko', 'korea', 'demand', '한국 정부의 요구(정상회의 조건으로 밝힌 것은 아님)'],
    ['ko', 'other', 'demand', '요구(정상회의 조건으로 밝힌 것은 아님)'],
  ])('%s: %s, %s → %s', async (lang, side, kind, expected) => {
    const { core } = await loadCatalogue(lang);
    expect(conditionLead(core, side, kind)).toBe(expected);
  });
});
