import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  intersects,
  layoutLabels,
  markerBox,
  type LabelMarker,
  type LaneGeometry,
} from '../../src/features/lanes/label-layout';
import { labelWidth, markerHalfSize } from '../../src/features/lanes/label-text';
import { cardLayout } from '../../src/features/export/card-svg';
import { widthPresets } from '../../src/features/export/image-sizes';
import { bundledCard } from '../fixtures/image-card';
import jaTranslation from '../../data/translations/ja.json';
import koTranslation from '../../data/translations/ko.json';

const geometry: LaneGeometry = {
  width: 600,
  laneHeight: 64,
  markerY: 32,
  markerHalf: 11,
  labelHeight: 15,
  gap: 2,
};
/** 6 px a character: easy to reason about in the tables below. */
const sixPx = (text: string) => text.length * 6;

function marker(over: Partial<LabelMarker> & { key: string; x: number }): LabelMarker {
  return { lane: 0, rx: 6, ry: 6, text: over.key, priority: 10, ...over };
}

describe('intersects', () => {
  it.each([
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 }, true],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 }, false],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 0, y: 10, w: 10, h: 10 }, false],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 2, y: 2, w: 2, h: 2 }, true],
  ])('%o and %o: %s', (a, b, expected) => {
    expect(intersects(a, b)).toBe(expected);
    expect(intersects(b, a)).toBe(expected);
  });
});

describe('layoutLabels', () => {
  it('puts a lone label to the right of its marker, on the marker line', () => {
    const [label] = layoutLabels([marker({ key: 'ruling', x: 100 })], geometry, sixPx);
    expect(label).toMatchObject({ key: 'ruling', placement: 'right' });
    expect(label!.box).toEqual({ x: 108, y: 24.5, w: 36, h: 15 });
  });

  it('moves a label aside when a neighbour blocks the right, and the more important one wins', () => {
    const placed = layoutLabels(
      [
        marker({ key: 'minor-event', x: 100, priority: 10 }),
        marker({ key: 'landmark', x: 130, priority: 30, rx: 11, ry: 11 }),
      ],
      geometry,
      sixPx,
    );
    // above or below, the label would run over the landmark's marker and read as its name
    expect(placed.map((p) => [p.key, p.placement, p.anchor])).toEqual([
      ['landmark', 'right', 'start'],
      ['minor-event', 'left', 'end'],
    ]);
  });

  it('turns left at the right edge, and leaves out a label wider than the track', () => {
    const placed = layoutLabels(
      [
        marker({ key: 'at-the-edge', x: 590 }),
        marker({ key: 'x'.repeat(200), x: 300, priority: 50 }),
      ],
      geometry,
      sixPx,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ key: 'at-the-edge', placement: 'left' });
    expect(placed[0]!.box.x + placed[0]!.box.w).toBeLessThanOrEqual(590 - 6 - 2);
  });

  it('labels one marker of a group once, in the lane where it matters most', () => {
    const placed = layoutLabels(
      [
        marker({ key: '0:e1', x: 100, group: 'e1', priority: 10 }),
        marker({ key: '1:e1', x: 100, lane: 1, group: 'e1', priority: 10 }),
      ],
      geometry,
      sixPx,
    );
    expect(placed.map((p) => p.key)).toEqual(['0:e1']);
  });

  it('a cluster whose lead event is named in another lane speaks for its next event', () => {
    const placed = layoutLabels(
      [
        marker({ key: '0:e1', x: 100, group: 'e1', priority: 30 }),
        marker({
          key: '1:cluster',
          x: 100,
          lane: 1,
          text: 'e1 +2',
          group: 'e1',
          priority: 30,
          fallbacks: [{ text: 'e2 +2', group: 'e2' }],
        }),
      ],
      geometry,
      sixPx,
    );
    expect(placed.map((p) => [p.key, p.text])).toEqual([
      ['0:e1', '0:e1'],
      ['1:cluster', 'e2 +2'],
    ]);
  });

  it('gives up when every candidate is taken: six labels cannot share one crowded spot', () => {
    const crowd = Array.from({ length: 8 }, (_, i) =>
      marker({ key: `event-${i}-with-a-long-label`, x: 300 + i, priority: 10 - i }),
    );
    const placed = layoutLabels(crowd, geometry, sixPx);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed[0]!.key).toBe('event-0-with-a-long-label');
  });

  it('draws nothing for no markers or empty texts', () => {
    expect(layoutLabels([], geometry, sixPx)).toEqual([]);
    expect(layoutLabels([marker({ key: 'a', x: 10, text: '' })], geometry, sixPx)).toEqual([]);
  });

  // the Japanese and Korean labels of the bundled data, measured as the lanes measure them
  const translatedLabels = [jaTranslation, koTranslation].flatMap((t) =>
    Object.values((t as { events: Record<string, { label?: string }> }).events).flatMap((e) =>
      e.label ? [e.label] : [],
    ),
  );

  it.each<[string, fc.Arbitrary<string>, (text: string) => number]>([
    ['any text, 6 px a character', fc.string({ minLength: 0, maxLength: 45 }), sixPx],
    [
      'Japanese and Korean labels, estimated widths',
      fc.constantFrom(...translatedLabels),
      labelWidth,
    ],
  ])(
    'property (%s): placed labels never overlap each other, any marker, or leave their lane',
    (_, text, measure) => {
      const arbMarker = fc.record({
        lane: fc.integer({ min: 0, max: 3 }),
        x: fc.double({ min: -20, max: 1300, noNaN: true }),
        size: fc.constantFrom(6, 8, 11),
        text,
        priority: fc.integer({ min: 0, max: 140 }),
        group: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
      });
      fc.assert(
        fc.property(
          fc.array(arbMarker, { maxLength: 80 }),
          fc.integer({ min: 120, max: 1400 }),
          (raw, width) => {
            const markers = raw.map((m, i) => ({
              key: `m${i}`,
              lane: m.lane,
              x: m.x,
              rx: m.size,
              ry: m.size,
              text: m.text,
              priority: m.priority,
              group: m.group,
              fallbacks: m.group
                ? [{ text: m.text.slice(1), group: `${m.group}-next` }]
                : undefined,
            }));
            const g = { ...geometry, width };
            const placed = layoutLabels(markers, g, measure);
            const abs = (lane: number, b: { x: number; y: number; w: number; h: number }) => ({
              ...b,
              y: b.y + lane * g.laneHeight,
            });
            for (const [i, p] of placed.entries()) {
              expect(p.box.x).toBeGreaterThanOrEqual(0);
              expect(p.box.x + p.box.w).toBeLessThanOrEqual(width);
              expect(p.box.y).toBeGreaterThanOrEqual(0);
              expect(p.box.y + p.box.h).toBeLessThanOrEqual(g.laneHeight);
              for (const q of placed.slice(i + 1))
                expect(intersects(abs(p.lane, p.box), abs(q.lane, q.box))).toBe(false);
              for (const m of markers)
                expect(intersects(abs(p.lane, p.box), abs(m.lane, markerBox(m, g)))).toBe(false);
            }
            const groups = placed.flatMap((p) => {
              const m = markers.find((k) => k.key === p.key)!;
              if (!m.group) return [];
              return p.text === m.text ? [m.group] : [`${m.group}-next`];
            });
            expect(new Set(groups).size).toBe(groups.length);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe('the exported images: every label beside its marker or led to it, none across the cursor', () => {
  // the bundled data in every image size and language, as the card lays it out
  const cases = (['en', 'ja', 'ko'] as const).flatMap((lang) =>
    [{}, { asOf: '2020-10-27' }].flatMap((state) =>
      widthPresets.map(
        (p) => [lang, p.id, state.asOf ?? 'default', { ...state, lang, preset: p.id }] as const,
      ),
    ),
  );
  it.each(cases)('%s, %s px, %s', (_, __, ___, state) => {
    const { input } = bundledCard(state);
    const { layout, track } = cardLayout(input);
    const inLane = [...layout.labels.values()].flat();
    expect(inLane.length + layout.callouts.length).toBeGreaterThan(0);
    for (const { placed, mark } of inLane) {
      const { box } = placed;
      const markerX = mark.at * track;
      const anchorX =
        placed.anchor === 'start'
          ? box.x
          : placed.anchor === 'end'
            ? box.x + box.w
            : box.x + box.w / 2;
      // the words start (or end) at the marker: within a few px of its edge
      // (a caption moved clear of the cursor line shifts by up to 8 px more)
      expect(Math.abs(anchorX - markerX), placed.text).toBeLessThanOrEqual(
        markerHalfSize(mark).rx + 12,
      );
      // and the label stays clear of the cursor line, with a pixel either side
      if (layout.cursorAt >= 0 && layout.cursorAt <= 1) {
        const cursorX = layout.cursorAt * track;
        expect(box.x >= cursorX + 1 || box.x + box.w <= cursorX - 1, placed.text).toBe(true);
      }
    }
    for (const { placed, mark } of layout.callouts) {
      const { box } = placed;
      // a leader line drops straight to the marker and touches the label's edge or middle
      expect(placed.markerX).toBeCloseTo(mark.at * track, 6);
      expect(placed.leaderX).toBe(placed.markerX);
      const touches =
        placed.anchor === 'start'
          ? Math.abs(box.x - placed.leaderX!) <= 4
          : placed.anchor === 'end'
            ? Math.abs(box.x + box.w - placed.leaderX!) <= 4
            : placed.leaderX! >= box.x && placed.leaderX! <= box.x + box.w;
      expect(touches, placed.text).toBe(true);
    }
  });

  it('at 600 px, a landmark with no room beside its marker is led to it from the free space above', () => {
    // a 448 px track; the cursor line blocks the left, the edge blocks the right
    const g = { ...geometry, width: 448, cursorX: 300 };
    const placed = layoutLabels(
      [marker({ key: 'Korea–Japan–China summit in Seoul +4', x: 400, landmark: true })],
      g,
      sixPx,
    );
    expect(placed).toHaveLength(1);
    const [p] = placed;
    expect(p).toMatchObject({ placement: 'callout', row: 0, leaderX: 400, markerX: 400 });
    // the label ends at its leader line (no room to read right of it)
    expect(p!.anchor).toBe('end');
    expect(p!.box.x + p!.box.w).toBe(400 - 3);
  });

  it('centres a callout over its leader line only when neither side has room', () => {
    const g = { ...geometry, width: 300, cursorX: 150 };
    const placed = layoutLabels(
      [marker({ key: 'x'.repeat(40), x: 150, landmark: true })],
      g,
      sixPx,
    );
    expect(placed[0]).toMatchObject({ placement: 'callout', anchor: 'middle', leaderX: 150 });
    expect(placed[0]!.box.x + placed[0]!.box.w / 2).toBe(150);
  });
});
