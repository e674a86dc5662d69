import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../src/model/indicators-schema';
import { indicatorCsvRows } from '../../src/features/indicators/indicator-csv';
import {
  disagreements,
  httpsHref,
  indicatorWords,
  sourceLine,
} from '../../src/features/indicators/indicator-words';
import { core } from '../../src/i18n/en/core';
import { indicators as en } from '../../src/i18n/en/indicators';

const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;
const byId = (id: string) => indicators.series.find((s) => s.id === id)!;

describe('the indicators in words, and their CSV', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/a', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('httpsHref(%s)', (url, expected) => {
    expect(httpsHref(url)).toBe(expected);
  });

  it('CSV rows: one per figure, each with the source that states it', () => {
    const rows = indicatorCsvRows(indicators);
    expect(rows).toHaveLength(160);
    const row = rows.find((r) => r.series_id === 'kr-bad-of-jp' && r.period === '2020')!;
    expect(row.value).toBe(71.6);
    expect(row.source_url).toMatch(/^https:\/\//);
    const disputed = rows.find(
      (r) => r.series_id === 'jp-beer-imports-volume-annual' && r.period === '2022',
    )!;
    expect(disputed.value).toBe(18940);
    expect(disputed.alternatives).toContain('18040');
    expect(
      rows.find((r) => r.series_id === 'kr-bad-of-jp' && r.period === '2025')!.series_break,
    ).toMatch(/^Series break/);
  });

  it('names which value is shown where reports disagree', () => {
    expect(
      disagreements(byId('kr-good-of-jp'), indicatorWords(core, en), en)
        .map((d) => `${d.text} ${d.note}`)
        .join('\n'),
    ).toMatch(/2019: 31\.7 shown; .* reports 31\.3/);
  });

  it('source line: distinct publishers, the first few, then a count', () => {
    const line = sourceLine([byId('kr-bad-of-jp')], en, 2);
    expect(line).toMatch(/^Sources: [^;]+; [^;]+; and \d+ more\.$/);
  });
});
