import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema';

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;

// words that speak to editors about the stored copies and addresses, not to readers
const editorsWords =
  /stored (copy|page|excerpt|address)|page address|article address|staging host|feed host|AMP (host|copy)|removed here|http:\/\/|headlines? (is|are) taken|titles? (is|was|were) taken/i;

/** Every text the page shows a reader from an event, with where it comes from. */
function readerTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const e of dataset.events) {
    if (e.note) out.push([`${e.id}: note`, e.note]);
    for (const c of e.corrections ?? []) out.push([`${e.id}: correction`, c.what]);
    for (const s of e.status) if (s.note) out.push([`${e.id}: status note`, s.note]);
    for (const ef of e.effects) if (ef.note) out.push([`${e.id}: effect note`, ef.note]);
  }
  for (const s of dataset.summits)
    for (const c of s.conditions) if (c.note) out.push([`${c.id}: note`, c.note]);
  return out;
}

describe('readers’ text in the bundled data', () => {
  it.each(readerTexts())('%s speaks to readers, not to editors', (_where, text) => {
    expect(text).not.toMatch(editorsWords);
  });

  it('keeps editors’ notes in their own field, which the schema knows', () => {
    expect(dataset.events.filter((e) => e.editorNote).length).toBeGreaterThan(0);
    const schema = readFileSync('data/dataset.schema.json', 'utf8');
    expect(schema).toContain('"editorNote"');
  });

  it('shows “Corrected on” only for corrections of substance, not re-addressed links', () => {
    const corrections = dataset.events.flatMap((e) => e.corrections ?? []);
    for (const c of corrections) expect(c.what).not.toMatch(/^Source (address corrected|removed)/);
  });
});
