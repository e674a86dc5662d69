/**
 * An indicator card's image: an SVG drawing of the chart's own numbers (no HTML inside), with
 * nothing after the cursor drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chartFrom,
  dateToTime,
  indicatorCharts,
  indicatorLandmarks,
} from '../../src/derive/indicators';
import { indicatorImageInput, indicatorSvg } from '../../src/features/export/indicator-image';
import { indicatorWords } from '../../src/features/indicators/indicator-words';
import { core } from '../../src/i18n/en/core';
import { indicators as t } from '../../src/i18n/en/indicators';
import { catalogue as ja } from '../../src/i18n/ja';
import type { Indicators } from '../../src/model/indicators-schema';
import { bundledDataset } from '../fixtures/image-card';

const bundled = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;
const landmarks = indicatorLandmarks(bundledDataset);

function image(id: string, asOf: string, lang: 'en' | 'ja' = 'en') {
  const c = lang === 'en' ? { core, indicators: t } : ja;
  const chart = indicatorCharts(bundled, indicatorWords(c.core, c.indicators)).find(
    (ch) => ch.id === id,
  )!;
  const from = chartFrom(chart, '2018-01-01');
  const input = indicatorImageInput({
    chart,
    asOf,
    from,
    to: '2026-03-01',
    landmarks,
    lang,
    core: c.core,
    t: c.indicators,
    reading: 'The chart in a sentence.',
    source: 'Sources: Gallup Korea. https://example.org/tracker/#indicators',
  });
  const svg = indicatorSvg(input);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return { input, svg, doc };
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((e) => e.textContent);

describe('the indicator card as an SVG drawing', () => {
  it('draws title, key, lines with solid markers, ticks, the reading and the source as SVG', () => {
    const { svg, doc } = image('opinion-percent-annual', '2026-03-01');
    expect(svg).not.toMatch(/foreignObject/i);
    const words = texts(doc);
    expect(words[0]).toBe('Public opinion: per cent of respondents, annual');
    expect(words).toContain('Koreans with a bad impression of Japan');
    for (const year of ['2014', '2019', '2024']) expect(words).toContain(year);
    expect(words).toContain('The chart in a sentence.');
    expect(words.join(' ')).toContain('https://example.org/tracker/#indicators');
    expect(doc.querySelectorAll('polyline').length).toBeGreaterThanOrEqual(4);
    // every marker is a filled circle, never dashed
    const circles = [...doc.querySelectorAll('circle')];
    expect(circles.length).toBeGreaterThan(20);
    for (const c of circles) expect(c.getAttribute('stroke-dasharray')).toBeNull();
    expect(new Blob([svg]).size).toBeLessThan(60_000);
  });

  it('at a past cursor draws no figure after it, and the cursor line', () => {
    const { input, doc } = image('travel-visitors-monthly', '2020-10-27');
    const cursor = dateToTime('2020-10-27');
    for (const line of input.lines)
      for (const [time] of line.points) expect(time).toBeLessThanOrEqual(cursor);
    const cursorLine = [...doc.querySelectorAll('line')].find(
      (l) => l.getAttribute('stroke') === '#b3470a',
    );
    expect(cursorLine).toBeDefined();
    const cx = Number(cursorLine!.getAttribute('x1'));
    for (const c of doc.querySelectorAll('circle'))
      expect(Number(c.getAttribute('cx'))).toBeLessThanOrEqual(cx);
    // the landmarks of that day or before, as dotted lines named in a key; none later
    expect(input.landmarks.every((time) => time <= cursor)).toBe(true);
    expect(input.words.landmarks).toMatch(/^Dotted lines: Japan's export controls take effect/);
    expect(input.words.landmarks).not.toMatch(/2023/);
    expect(image('travel-visitors-monthly', '2026-03-01').input.words.landmarks).toMatch(/2023/);
    // the figures of October 2020 on are not known: no line reaches past September 2020
    const later = image('travel-visitors-monthly', '2026-03-01').input;
    expect(later.lines.flatMap((l) => l.points).length).toBeGreaterThan(
      input.lines.flatMap((l) => l.points).length,
    );
  });

  it('in Japanese, names its language and Japanese fonts, and writes years as the page does', () => {
    const { doc } = image('opinion-percent-annual', '2026-03-01', 'ja');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ja');
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/^'Noto Sans CJK JP'/);
    expect(texts(doc).filter((w) => /^20\d\d年$/.test(w ?? '')).length).toBeGreaterThan(3);
  });
});
