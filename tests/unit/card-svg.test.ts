/**
 * The exported image: an SVG drawing from the lanes' own layout. Three fixed states are
 * kept as files (tests/unit/__snapshots__/*.svg), as Observable Plot's test suite keeps
 * its plots: a layout change shows up as a diff to review (`vitest -u` accepts it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardPalette } from '../../src/features/export/card-svg';
import { widthPresets } from '../../src/features/export/image-sizes';
import { isLandmark, lanesLayout } from '../../src/features/lanes';
import { bundledCard } from '../fixtures/image-card';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('the SVG card, snapshots of three fixed states', () => {
  it.each<[string, string, Parameters<typeof bundledCard>[0]]>([
    ['default (social card)', 'default-social.svg', {}],
    [
      'as of 27 October 2020 (1200 px)',
      'as-of-2020-10-27-1200.svg',
      { asOf: '2020-10-27', preset: '1200' },
    ],
    [
      'export controls only (600 px)',
      'export-controls-600.svg',
      { filters: { issues: ['export-controls'] }, preset: '600' },
    ],
  ])('%s', async (_, file, state) => {
    const { svg } = bundledCard(state);
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${file}`);
  });
});

describe('the SVG card is a drawing', () => {
  it('is made of text, circles, rects and lines, never HTML in a foreignObject, and stays small', () => {
    const { svg } = bundledCard();
    const doc = parse(svg);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(doc.querySelectorAll('text').length).toBeGreaterThan(40);
    expect(doc.querySelectorAll('circle').length).toBeGreaterThan(20);
    expect(doc.querySelectorAll('line').length).toBeGreaterThan(10);
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
    expect(doc.documentElement.getAttribute('height')).toBe('675');
    expect(new Blob([svg]).size).toBeLessThan(100_000);
  });

  it('names the turning points on the social card of the default view', () => {
    const words = texts(parse(bundledCard().svg)).join('\n');
    for (const label of [
      'Supreme Court orders Nippon Steel to pay', // Oct 2018 ruling
      'Japan announces curbs on chip materials', // July 2019 curbs
      'Tokyo drops Korea from its white list', // Aug 2019 white-list removal
      'Seoul says it will end GSOMIA', // Aug 2019 GSOMIA decision
      'Seoul announces third-party payment plan', // March 2023 plan
    ])
      expect(words).toContain(label);
  });

  it.each([
    ['the social card', 'social'],
    ['the 600 px card', '600'],
  ])('writes every lane’s name out whole on %s, in en, ja and ko', (_, preset) => {
    for (const lang of ['en', 'ja', 'ko'] as const) {
      const { svg, input } = bundledCard({ preset, lang });
      const words = texts(parse(svg));
      // a name wraps at spaces, or between characters: its lines, joined without spaces
      const bare = (text: string) => text.replace(/\s/g, '');
      const joined = bare(words.join(''));
      for (const lane of input.lanes.lanes)
        expect(joined, `${lang} ${preset}`).toContain(bare(lane.name));
      expect(words.filter((w) => w.endsWith('…')).join(' | '), `${lang} ${preset}`).not.toMatch(
        new RegExp(input.lanes.lanes.map((l) => l.name.slice(0, 4)).join('|')),
      );
    }
  });

  it('heads the card with what the filters show, not the product', () => {
    const doc = parse(bundledCard({ filters: { issues: ['gsomia'] } }).svg);
    expect(texts(doc)[0]).toBe('GSOMIA, 2018–2023');
    expect(texts(doc)).not.toContain('Japan–South Korea Dispute Tracker');
    const own = parse(bundledCard({ headline: 'Our headline', standfirst: 'A standfirst.' }).svg);
    expect(texts(own).slice(0, 2)).toEqual(['Our headline', 'A standfirst.']);
  });

  it('a vertical tab (U+000B) or other character XML forbids in a headline leaves the file readable', () => {
    const { svg } = bundledCard({ headline: 'Export\u000Bcontrols\u0001 <b>&</b>' });
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const doc = parse(svg);
    expect(texts(doc)[0]).toBe('Exportcontrols <b>&</b>');
    expect(doc.querySelector('b')).toBeNull();
  });

  it('carries the permalink in its source line and names Noto Sans CJK after the Latin fonts in English', () => {
    const doc = parse(bundledCard().svg);
    expect(texts(doc).join(' ')).toContain('https://example.org/tracker/');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('en');
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/sans-serif$/);
  });

  it('uses the light theme’s colours of app.css', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/app/app.css'), 'utf8');
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const value = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)?.[1];
    expect(cardPalette.text).toBe(value('--text'));
    expect(cardPalette.muted).toBe(value('--muted'));
    expect(cardPalette.grid).toBe(value('--grid'));
    expect(cardPalette.cursor).toBe(value('--cursor'));
    cardPalette.issues.forEach((hex, i) => expect(hex).toBe(value(`--issue-${i}`)));
  });
});

describe('landmarks are always named, in every size', () => {
  const states = [
    {},
    { asOf: '2020-10-27' },
    { filters: { issues: ['export-controls'] } },
    { asOf: '2019-09-01', lanes: 'all' as const },
  ];
  it.each(
    states.flatMap((state) =>
      widthPresets.map((p) => [JSON.stringify(state), p.id, { ...state, preset: p.id }] as const),
    ),
  )('state %s at %s', (_, __, state) => {
    const { input } = bundledCard(state);
    for (const laneHeight of [64, 22]) {
      const width = input.width - 40 - (input.width >= 900 ? 160 : 112);
      const layout = lanesLayout({ ...input.lanes, width, laneHeight, touch: false });
      const named = new Set([
        ...[...layout.labels.values()].flat().map((l) => l.label.lead.event.id),
        ...layout.callouts.map((l) => l.label.lead.event.id),
      ]);
      const drawn = new Set(
        layout.lanes.flatMap((l) =>
          l.marks.flatMap((m) => (m.kind === 'event' ? [m.item] : m.items)),
        ),
      );
      const landmarks = [...drawn].filter(isLandmark).map((it) => it.event.id);
      expect(landmarks.filter((id) => !named.has(id))).toEqual([]);
      // and no label straddles the cursor line, none overlaps another, none leaves the track
      const cursor = layout.cursorAt * width;
      const boxes = [...layout.labels.values()].flat().map((l) => l.placed);
      for (const b of boxes) {
        if (layout.cursorAt >= 0 && layout.cursorAt <= 1)
          expect(b.box.x >= cursor || b.box.x + b.box.w <= cursor).toBe(true);
        expect(b.box.x).toBeGreaterThanOrEqual(0);
        expect(b.box.x + b.box.w).toBeLessThanOrEqual(width + 0.001);
      }
      const rows = layout.callouts.map((c) => c.placed);
      for (const [i, a] of rows.entries())
        for (const b of rows.slice(i + 1))
          if (a.row === b.row)
            expect(a.box.x + a.box.w <= b.box.x || b.box.x + b.box.w <= a.box.x).toBe(true);
    }
  });
});

describe('the drawing keeps labels off the cursor line and the axis', () => {
  const cases = (['en', 'ja', 'ko'] as const).flatMap((lang) =>
    [{}, { asOf: '2020-10-27' }].flatMap((state) =>
      ['social', '1200', '600'].map(
        (preset) => [lang, preset, state.asOf ?? 'default', { ...state, lang, preset }] as const,
      ),
    ),
  );
  it.each(cases)('%s, %s, %s', (_, __, asOf, state) => {
    const doc = parse(bundledCard(state).svg);
    const n = (el: Element, name: string) => Number(el.getAttribute(name));
    const lines = [...doc.querySelectorAll('line')];
    const cursor = lines.find((l) => l.getAttribute('stroke') === cardPalette.cursor);
    const grid = lines.filter(
      (l) => l.getAttribute('stroke') === cardPalette.grid && n(l, 'x1') === n(l, 'x2'),
    );
    // the labels' grounds (their boxes), in the lanes and in the callout rows above them
    const labels = [...doc.querySelectorAll('rect[fill-opacity="0.9"]')];
    expect(labels.length).toBeGreaterThan(5);
    const axisBottom = n(grid[0]!, 'y1');
    for (const r of labels) expect(n(r, 'y')).toBeGreaterThanOrEqual(axisBottom);
    if (asOf === 'default') return;
    expect(cursor).toBeDefined();
    const cx = n(cursor!, 'x1');
    for (const r of labels) {
      const [top, bottom] = [n(r, 'y'), n(r, 'y') + n(r, 'height')];
      if (bottom <= n(cursor!, 'y1') || top >= n(cursor!, 'y2')) continue;
      const [left, right] = [n(r, 'x'), n(r, 'x') + n(r, 'width')];
      expect(right <= cx - 1 || left >= cx + 1, r.nextElementSibling?.textContent ?? '').toBe(true);
    }
    // the cursor line goes under the markers, so a cluster on it keeps its count legible
    const all = [...doc.querySelectorAll('*')];
    // (the legend's circles above the axis are not markers)
    const firstMarker = all.findIndex(
      (el) => el.tagName === 'g' || (el.tagName === 'circle' && n(el, 'cy') > axisBottom),
    );
    expect(firstMarker).toBeGreaterThan(0);
    expect(all.indexOf(cursor!)).toBeLessThan(firstMarker);
  });

  it('ties the words of a label left of its marker to the marker (text-anchor end)', () => {
    const doc = parse(bundledCard({ preset: '600' }).svg);
    const ends = [...doc.querySelectorAll('text[text-anchor="end"]')].filter(
      (t) => t.previousElementSibling?.getAttribute('fill-opacity') === '0.9',
    );
    expect(ends.length).toBeGreaterThan(0);
    for (const t of ends) {
      const ground = t.previousElementSibling!;
      const right = Number(ground.getAttribute('x')) + Number(ground.getAttribute('width'));
      expect(Number(t.getAttribute('x'))).toBeCloseTo(right - 2, 1);
    }
  });
});
