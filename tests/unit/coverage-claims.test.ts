/**
 * What the README says about the data's extent must stay true: the counts of events and
 * sources, and the day reports were searched through (issue #23).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { core } from '../../src/i18n/en/core';
import type { Dataset } from '../../src/model/schema';

const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;

describe('the README about the bundled dataset', () => {
  it('gives the numbers of events and sources', () => {
    const sources = dataset.events.reduce((n, e) => n + e.sources.length, 0);
    expect(readme).toContain(`(${dataset.events.length} events, ${sources} sources,`);
  });

  it('gives the day reports were searched through, as meta.searchedThrough says', () => {
    const through = dataset.meta.searchedThrough!;
    expect(readme).toContain(
      `(\`meta.searchedThrough\`, ${core.format.date(through, 'day')}: no events are recorded after it)`,
    );
  });
});
