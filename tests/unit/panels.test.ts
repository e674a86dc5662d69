import { describe, expect, it } from 'vitest';
import { summitPanels } from '../../src/derive/panels';
import { conditionLead } from '../../src/features/checklist/condition-lead';
import { core as en } from '../../src/i18n/en/core';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { makeCondition, makeDataset, makeEvent, makeSummit } from '../fixtures/make';

describe('summitPanels', () => {
  const base = makeDataset();
  const dataset = makeDataset({
    events: [
      ...base.events,
      makeEvent({
        id: 'seoul-demands-lifting',
        date: '2020-05-12',
        effects: [{ condition: 'lift-controls', state: 'not-met' }],
      }),
    ],
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
            noteDate: '2020-10-14',
            demandedBy: ['kr-government'],
          }),
          makeCondition({ id: 'labour-measures', kind: 'condition' }),
        ],
      }),
    ],
  });

  it('lists stated conditions and demands apart, each in dataset order', () => {
    const [panel] = summitPanels(dataset, '2020-10-27');
    // labour-measures: no event of the fixture demands it, so it is never shown
    expect(panel!.conditions.map((c) => [c.id, c.kind])).toEqual([['no-asset-sale', 'condition']]);
    expect(panel!.demands.map((c) => [c.id, c.kind, c.note])).toEqual([
      ['lift-controls', 'demand', 'Not reported as a condition for the summit.'],
    ]);
  });

  it('derives each one’s state as of the date, demands too', () => {
    const [panel] = summitPanels(dataset, '2020-10-27');
    expect(panel!.conditions[0]).toMatchObject({ state: 'not-met', since: '2020-10-12' });
    expect(panel!.conditions[0]!.note).toBeNull();
    expect(panel!.demands[0]).toMatchObject({ state: 'not-met', since: '2020-05-12' });
  });

  it.each([
    ['before any demand: none is shown, its text written later', '2020-05-11', [], []],
    ['a demand made, its note of a later day not yet', '2020-10-13', ['no-asset-sale'], [null]],
    [
      'the note from its day on',
      '2020-10-14',
      ['no-asset-sale'],
      ['Not reported as a condition for the summit.'],
    ],
  ])('%s (%s)', (_name, asOf, conditions, demandNotes) => {
    const [panel] = summitPanels(dataset, asOf);
    expect(panel!.conditions.map((c) => c.id)).toEqual(conditions);
    expect(panel!.demands.map((c) => c.note)).toEqual(demandNotes);
  });
});

describe('a condition’s note carries the day it tells of', () => {
  const base = makeDataset();
  const dataset = makeDataset({
    events: [
      ...base.events,
      makeEvent({
        id: 'talks-fail',
        date: '2020-05-12',
        issues: [base.issues[0]!.id],
        effects: [
          { issue: base.issues[0]!.id, status: 'escalating', note: 'Talks end without result.' },
          { condition: 'lift-controls', state: 'not-met', note: 'Seoul repeats its demand.' },
        ],
      }),
    ],
    summits: [
      makeSummit({
        conditions: [
          makeCondition({
            id: 'lift-controls',
            note: 'An undated note.',
            demandedBy: ['kr-government'],
          }),
        ],
      }),
    ],
  });

  it('dates an undated condition note at the data’s last update, and holds it back until then', () => {
    const find = (asOf: string) =>
      summitPanels(dataset, asOf)[0]!.conditions.find((c) => c.id === 'lift-controls')!;
    expect(find('2020-06-01')).toMatchObject({ note: null, noteDate: null });
    expect(find(dataset.meta.lastUpdated)).toMatchObject({
      note: 'An undated note.',
      noteDate: dataset.meta.lastUpdated,
    });
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
