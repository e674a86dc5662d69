/**
 * Hostile input, one case per finding of issue #25 (findings 1 and 6 are tested with the
 * barometer and the SVG export). Each case failed before its fix.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { eventsCsv } from '../../src/features/export/export-files';
import { indicatorsCsv } from '../../src/features/indicators/indicator-files';
import type { Indicators } from '../../src/model/indicators-schema';
import { makeDataset, makeEvent } from '../fixtures/make';

/** The cells of a CSV as a spreadsheet program reads them (byte-order mark dropped). */
const cells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('finding 2: no formula reaches a CSV', () => {
  const formulas = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    '@SUM(1)',
    '-2+3',
    '\t=1+1',
    '\r=1+1',
    // papaparse's own pattern does not look past a line break
    '=1+1\nsecond line',
  ];

  it.each(formulas)('an event titled %j is text in the events CSV', (title) => {
    const dataset = makeDataset({ events: [makeEvent({ title, summary: title })] });
    const [header, row] = cells(eventsCsv(dataset.events, dataset));
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('title')).toBe(`'${title}`);
    expect(at('summary')).toBe(`'${title}`);
  });

  it('leaves numbers and ordinary text as they were', () => {
    const event = makeEvent({ title: 'Talks in Seoul', goldstein: -2 });
    const dataset = makeDataset({ events: [event] });
    const [header, row] = cells(eventsCsv(dataset.events, dataset));
    expect(row![header!.indexOf('title')]).toBe('Talks in Seoul');
    expect(row![header!.indexOf('goldstein')]).toBe('-2');
  });

  it('escapes a formula in every text of the indicators CSV', () => {
    const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;
    const [first, ...others] = indicators.series;
    const hostile: Indicators = {
      ...indicators,
      series: [
        {
          ...first!,
          title: '=HYPERLINK("http://x","y")',
          sources: first!.sources.map((s) => ({ ...s, publisher: '@SUM(1)' })),
        },
        ...others,
      ],
    };
    const [header, ...rows] = cells(indicatorsCsv(hostile));
    const mine = rows.filter((r) => r[header!.indexOf('series_id')] === first!.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) {
      expect(row[header!.indexOf('series_title')]).toBe(`'=HYPERLINK("http://x","y")`);
      expect(row[header!.indexOf('source_publisher')]).toBe(`'@SUM(1)`);
    }
    const cellsAll = rows.flat();
    expect(cellsAll.filter((c) => /^[=+@]/.test(c))).toEqual([]);
  });
});
