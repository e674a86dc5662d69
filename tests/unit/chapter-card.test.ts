/** A story chapter's image: the timeline's SVG card drawn for the chapter, on its day. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivationsOf } from '../../src/derive/derivations';
import { chapterText } from '../../src/derive/story';
import { cardSvg } from '../../src/features/export/card-svg';
import { chapterCardInput, chapterFilters } from '../../src/features/export/chapter-card';
import { core } from '../../src/i18n/en/core';
import { exports } from '../../src/i18n/en/exports';
import { graphics } from '../../src/i18n/en/graphics';
import { timeline } from '../../src/i18n/en/timeline';
import type { Story } from '../../src/model/story-schema';
import { bundledDataset } from '../fixtures/image-card';

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;

function chapterCard(n: number) {
  const chapter = story.chapters[n - 1]!;
  const items = derivationsOf(bundledDataset).visible(
    chapterFilters(chapter),
    chapter.date,
    'hide',
  );
  const input = chapterCardInput({
    dataset: bundledDataset,
    items,
    chapter,
    text: chapterText(chapter, null),
    lang: 'en',
    permalink: `https://example.org/tracker/?story=${n}`,
    words: { core, exports, graphics, timeline },
  });
  const svg = cardSvg(input);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return {
    chapter,
    input,
    svg,
    doc,
    texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
  };
}

describe('the chapter image', () => {
  it('is headed by the chapter, carries its sentences whole, and is a drawing', () => {
    const { svg, texts, chapter } = chapterCard(4);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(texts[0]).toBe('The July 2019 curbs');
    const body = texts.join(' ').replace(/\s+/g, ' ');
    for (const s of chapter.sentences) expect(body).toContain(s.text.replace(/\s+/g, ' '));
    expect(body).not.toContain('…');
    expect(body).toContain('https://example.org/tracker/?story=4');
  });

  it('draws its issues’ lanes over its span on its day, nothing later', () => {
    const { input, chapter } = chapterCard(4);
    expect(input.lanes.lanes.map((l) => l.issue)).toEqual(chapter.issues);
    expect(input.lanes.asOf).toBe(chapter.date);
    for (const it of input.lanes.items) {
      expect(it.status).not.toBeNull();
      expect(it.event.date <= chapter.date).toBe(true);
    }
    const from = new Date(`${chapter.span.from}T00:00:00Z`).getTime() / 86_400_000;
    const to = new Date(`${chapter.span.to}T00:00:00Z`).getTime() / 86_400_000;
    expect(input.lanes.domain.start).toBeCloseTo(from, 0);
    expect(input.lanes.domain.end).toBeCloseTo(to, 0);
  });

  it('names the turning points of its span (the October 2018 ruling in chapter 2)', () => {
    const { texts } = chapterCard(2);
    expect(texts.some((t) => t.startsWith('Supreme Court orders Nippon Steel to pay'))).toBe(true);
  });
});
