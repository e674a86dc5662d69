import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorsJsonSchema } from '../../src/model/json-schema';
import { validateIndicators } from '../../src/model/validate-indicators';

const raw = () => JSON.parse(readFileSync('data/indicators.json', 'utf8'));

/** A copy of the bundled indicators with one change. */
function broken(change: (d: ReturnType<typeof raw>) => void) {
  const copy = raw();
  change(copy);
  return validateIndicators(copy);
}

describe('data/indicators.json', () => {
  it('is valid', () => {
    const result = validateIndicators(raw());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('carries the research caveats: breaks on the 2024/2025 polls, notes on cleaned links and inferred dates', () => {
    const data = raw();
    const kr = data.series.find((s: { id: string }) => s.id === 'kr-bad-of-jp');
    expect(
      kr.points.filter((p: { break?: string }) => p.break).map((p: { period: string }) => p.period),
    ).toEqual(['2024', '2025']);
    const notes = data.series.flatMap((s: { sources: { note?: string }[] }) =>
      s.sources.map((x) => x.note ?? ''),
    );
    expect(notes.some((n: string) => n.includes('date inferred'))).toBe(true);
    expect(notes.some((n: string) => n.startsWith('Address cleaned'))).toBe(true);
  });

  it('matches its published JSON Schema', () => {
    expect(
      JSON.parse(readFileSync('data/indicators.schema.json', 'utf8')),
      'data/indicators.schema.json is stale: run `npm run schema:json`',
    ).toEqual(indicatorsJsonSchema());
  });
});

describe('validateIndicators on broken copies', () => {
  it.each([
    [
      'a value that is not a number',
      (d: ReturnType<typeof raw>) => (d.series[2].points[3].value = '12'),
      'series[2].points[3].value',
      /number/,
    ],
    [
      'a period in another format',
      (d: ReturnType<typeof raw>) => (d.series[0].points[0].period = '2013-1'),
      'series[0].points[0].period',
      /YYYY or YYYY-MM/,
    ],
    [
      'an http source',
      (d: ReturnType<typeof raw>) => (d.series[1].sources[0].url = 'http://example.org/x'),
      'series[1].sources[0].url',
      /https/,
    ],
    [
      'an unknown group',
      (d: ReturnType<typeof raw>) => (d.series[0].group = 'sport'),
      'series[0].group',
      /./,
    ],
  ])('%s', (_name, change, path, message) => {
    const result = broken(change);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.path).toBe(path);
      expect(result.problems[0]!.message).toMatch(message);
    }
  });

  it.each([
    [
      'periods out of order',
      (d: ReturnType<typeof raw>) => {
        const p = d.series[0].points;
        [p[1], p[2]] = [p[2], p[1]];
      },
      'series[0].points[2].period',
      /keep periods in order/,
    ],
    [
      'a period twice',
      (d: ReturnType<typeof raw>) => (d.series[0].points[1].period = d.series[0].points[0].period),
      'series[0].points[1].period',
      /appears twice/,
    ],
    [
      'a monthly period in an annual series',
      (d: ReturnType<typeof raw>) => (d.series[0].points[11].period = '2026-01'),
      'series[0].points[11].period',
      /YYYY/,
    ],
    [
      'a source index out of range',
      (d: ReturnType<typeof raw>) => (d.series[4].points[0].source = 99),
      'series[4].points[0].source',
      /source 99 does not exist/,
    ],
    [
      'an alternative citing a missing source',
      (d: ReturnType<typeof raw>) =>
        (d.series[2].points.find(
          (p: { alternatives?: unknown }) => p.alternatives,
        ).alternatives[0].source = 500),
      'alternatives[0].source',
      /does not exist/,
    ],
    [
      'a tracking parameter',
      (d: ReturnType<typeof raw>) =>
        (d.series[5].sources[0].url = 'https://example.org/a?utm_source=x'),
      'series[5].sources[0].url',
      /tracking parameter utm_source/,
    ],
  ])('%s', (_name, change, path, message) => {
    const result = broken(change);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const hit = result.problems.find((p) => p.path.endsWith(path));
      expect(hit, JSON.stringify(result.problems)).toBeDefined();
      expect(hit!.message).toMatch(message);
    }
  });
});
