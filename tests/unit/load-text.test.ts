import { describe, expect, it } from 'vitest';
import { groupCountText, phaseText, progressText, progressValue } from '../../src/app/load-text';
import type { LoadProgress } from '../../src/model/load-custom';
import type { ProblemGroup } from '../../src/model/problem-summary';
import { problems as en } from '../../src/i18n/en/problems';

const MB = 1024 * 1024;

describe('progressText and progressValue', () => {
  it.each<[LoadProgress | null, string, { value?: number; max?: number }]>([
    [null, 'Loading dataset…', {}],
    [
      { phase: 'download', received: 12.3 * MB, total: 47.1 * MB, checked: 0 },
      'Loading dataset: 12.3 of 47.1 MB',
      { value: 12.3 * MB, max: 47.1 * MB },
    ],
    [
      { phase: 'download', received: 12.3 * MB, total: 47.1 * MB, checked: 24_000 },
      'Loading dataset: 12.3 of 47.1 MB — 24,000 events checked',
      { value: 12.3 * MB, max: 47.1 * MB },
    ],
    [
      { phase: 'download', received: 5 * MB, total: null, checked: 0 },
      'Loading dataset: 5.0 MB',
      {},
    ],
    [{ phase: 'parse' }, 'Reading the file…', {}],
    [
      { phase: 'check', checked: 40_000, total: 100_000 },
      'Checking 40,000 of 100,000 events',
      { value: 40_000, max: 100_000 },
    ],
    [{ phase: 'check', checked: 0, total: 0 }, 'Checking 0 of 0 events', {}],
    [{ phase: 'cross-check', events: 100_001 }, 'Checking the links between 100,001 events', {}],
  ])('%j', (progress, text, value) => {
    expect(progressText(progress, en)).toBe(text);
    expect(progressValue(progress)).toEqual(value);
  });

  it('names the phase alone for screen readers', () => {
    expect(phaseText(null, en)).toBe('Loading the dataset');
    expect(phaseText({ phase: 'download', received: 1, total: 2, checked: 0 }, en)).toBe(
      'Loading the dataset',
    );
    expect(phaseText({ phase: 'parse' }, en)).toBe('Reading the file');
    expect(phaseText({ phase: 'check', checked: 1, total: 2 }, en)).toBe('Checking the events');
    expect(phaseText({ phase: 'cross-check', events: 2 }, en)).toBe('Checking the events');
  });
});

describe('groupCountText', () => {
  const group = (g: Partial<ProblemGroup>): ProblemGroup => ({
    pattern: 'events[*].date',
    message: 'not a valid date',
    count: 1,
    list: 'events',
    items: 1,
    ...g,
  });
  it.each<[Partial<ProblemGroup>, string]>([
    [{ count: 12_345, items: 12_345 }, '12,345 events'],
    [{ count: 1, items: 1 }, '1 event'],
    [{ count: 30_000, items: 12_000 }, '30,000 problems in 12,000 events'],
    [{ count: 2, items: 1, list: 'actors' }, '2 problems in 1 actor'],
    [{ count: 1, items: 0, list: null }, ''],
    [{ count: 3, items: 0, list: null }, '3 times'],
  ])('%j → %s', (g, text) => expect(groupCountText(group(g), en)).toBe(text));
});
