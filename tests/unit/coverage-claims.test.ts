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

describe('the README’s benchmark figures', () => {
  const text = readFileSync('README.md', 'utf8');
  it('are one block of a bench report, between its markers, without the report’s details', () => {
    expect(text.split('<!-- bench:start -->')).toHaveLength(2);
    expect(text.split('<!-- bench:end -->')).toHaveLength(2);
    const block = text.slice(
      text.indexOf('<!-- bench:start -->'),
      text.indexOf('<!-- bench:end -->'),
    );
    expect(block.length).toBeGreaterThan(0);
    expect(block).toMatch(
      /Measured by `npm run bench` \([^)]*\) on \d{4}-\d{2}-\d{2} at commit [0-9a-f]{7}/,
    );
    expect(text).not.toContain('Details (not for the README)');
  });
});
