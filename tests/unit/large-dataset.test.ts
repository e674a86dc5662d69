import '../fixtures/zod-jitless';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/model/check-dataset';
import { validateDataset } from '../../src/model/validate';
import { generateDataset } from '../../scripts/gen-stress';

type Loose = { events: Record<string, unknown>[] };

/** 100,000 generated events (plus the real summit events) with their date, title and sources removed. */
function brokenDataset(): Loose {
  const dataset = generateDataset(100_000, 1) as unknown as Loose;
  for (const event of dataset.events) {
    delete event.date;
    delete event.title;
    delete event.sources;
  }
  return dataset;
}

describe('a 100,000-event dataset whose events lack required fields', () => {
  it('is reported as problems, without overflowing the stack', () => {
    const result = validateDataset(brokenDataset());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.slice(0, 3).map((p) => p.path)).toEqual([
      'events[0].date',
      'events[0].title',
      'events[0].sources',
    ]);
  }, 60_000);

  it('has every problem counted by kind', () => {
    const dataset = brokenDataset();
    const n = dataset.events.length;
    const result = checkDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(200);
    expect(result.summary.total).toBe(3 * n);
    expect(result.summary.groups.map((g) => [g.pattern, g.count, g.items])).toEqual([
      ['events[*].date', n, n],
      ['events[*].title', n, n],
      ['events[*].sources', n, n],
    ]);
  }, 60_000);
});

describe('a 100,000-event dataset whose events all name unknown actors', () => {
  it('has the cross-check problems counted, not held', () => {
    const dataset = generateDataset(100_000, 1);
    for (const event of dataset.events) event.actors = ['nobody'];
    const result = checkDataset(dataset);
    expect(result.ok ? null : result.summary.groups).toEqual([
      {
        pattern: 'events[*].actors[*]',
        message: 'unknown actor “nobody”',
        count: dataset.events.length,
        list: 'events',
        items: dataset.events.length,
      },
    ]);
  }, 60_000);
});
