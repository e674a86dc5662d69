import '../fixtures/zod-jitless';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { generateDataset } from '../../scripts/gen-stress';

/** 100,000 generated events with their date, title and sources removed: 300,000 problems. */
function brokenDataset(): unknown {
  const dataset = generateDataset(100_000, 1) as unknown as {
    events: Record<string, unknown>[];
  };
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
});
