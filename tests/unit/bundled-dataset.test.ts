import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventStatusAsOf } from '../../src/derive/event-status';
import { summitPanels } from '../../src/derive/panels';
import { conditionStateAsOf, issueStatusAsOf } from '../../src/derive/state-as-of';
import type { Dataset } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', name), 'utf8'));

const json = read('dataset.json');
const table = (read('cameo-goldstein.json') as { weights: Record<string, number> }).weights;
const result = validateDataset(json, table);

describe('data/dataset.json', () => {
  it('passes validation with the CAMEO–Goldstein table (see `npm run validate:data`)', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

// The story the dashboard tells must hold for the real data.
describe('must hold on the real data', () => {
  const dataset = json as Dataset;
  const { events } = dataset;
  const event = (id: string) => {
    const found = events.find((e) => e.id === id);
    if (!found) throw new Error(`event ${id} is missing from data/dataset.json`);
    return found;
  };
  const summit = dataset.summits.find((s) => s.id === 'trilateral-seoul');
  const summitEvent = () => {
    if (!summit) throw new Error('summit trilateral-seoul is missing from data/dataset.json');
    return event(summit.event);
  };

  describe('as of 2020-10-27', () => {
    const asOf = '2020-10-27';

    it('export controls are still in force (active or escalating, not easing)', () => {
      expect(['active', 'escalating']).toContain(
        issueStatusAsOf(events, 'export-controls', asOf)?.value,
      );
    });

    it('Tokyo’s demand that no seized asset be sold is not met', () => {
      expect(conditionStateAsOf(events, 'tokyo-no-asset-sale', asOf)?.value).toBe('not-met');
    });

    it('the Takizaki–Kim talks in Seoul are planned', () => {
      expect(eventStatusAsOf(event('2020-10-29-takizaki-kim-talks-seoul'), asOf)).toBe('planned');
    });

    it('the Seoul trilateral summit has not taken place', () => {
      expect(eventStatusAsOf(summitEvent(), asOf)).not.toBe('occurred');
      const panel = summitPanels(dataset, asOf).find((p) => p.summit.id === 'trilateral-seoul');
      expect(panel?.status).not.toBe('occurred');
      expect(panel?.conditions.find((c) => c.id === 'tokyo-no-asset-sale')?.state).toBe('not-met');
    });
  });

  it('Seoul’s demand to lift the export controls is a demand, not a condition for the summit', () => {
    // no source makes it a condition; Cheong Wa Dae said on 14 Oct 2020 there should be none
    const c = summit?.conditions.find((c) => c.id === 'seoul-lift-export-controls');
    expect(c?.kind).toBe('demand');
    const panel = summitPanels(dataset, '2024-06-01')[0];
    expect(panel?.conditions.map((c) => c.side)).toEqual(['japan', 'japan']);
    expect(panel?.demands.map((c) => c.id)).toEqual(['seoul-lift-export-controls']);
  });

  describe('as of 2023-04-01', () => {
    const asOf = '2023-04-01';

    it('export controls are easing or resolved', () => {
      expect(['easing', 'resolved']).toContain(
        issueStatusAsOf(events, 'export-controls', asOf)?.value,
      );
    });

    it('the WTO dispute is resolved', () => {
      expect(issueStatusAsOf(events, 'wto', asOf)?.value).toBe('resolved');
    });
  });

  describe('as of 2024-06-01', () => {
    it('the Seoul trilateral summit has taken place', () => {
      expect(eventStatusAsOf(summitEvent(), '2024-06-01')).toBe('occurred');
    });
  });
});
