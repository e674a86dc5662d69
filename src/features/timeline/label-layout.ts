/**
 * Where the short labels of the lanes go: greedy placement by priority over a few
 * candidate positions per marker (the approach of map labelling and of vis-timeline's
 * item stacking), so that no label covers another label or any marker. Pure: sizes come
 * in as numbers and a text-width function, boxes go out.
 *
 * Each lane is a horizontal band `laneHeight` px tall with its markers centred on
 * `markerY`; a label stays inside its own lane and inside the track's width, so it can
 * never reach the axis above the lanes or the cursor's label below them.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export interface LabelMarker {
  key: string;
  lane: number;
  /** Marker centre across the track, px. */
  x: number;
  /** Half the marker's width and height, px. */
  rx: number;
  ry: number;
  /** Label text; empty for a marker that only has to be kept clear. */
  text: string;
  /** Higher first. */
  priority: number;
  /** Markers of one group get one label at most (one event drawn in two lanes). */
  group?: string;
  /** What else the marker could say when its group is already labelled (a cluster's next event). */
  fallbacks?: readonly { text: string; group: string }[];
}

export interface LaneGeometry {
  width: number;
  laneHeight: number;
  /** Centre line of the markers, px from the lane's top. */
  markerY: number;
  /** Half the tallest marker's height: labels above and below keep clear of it, in two tidy rows. */
  markerHalf: number;
  labelHeight: number;
  /** Clearance between a marker and its label, px. */
  gap: number;
}

export type Placement = 'right' | 'above' | 'below' | 'left' | 'above-left' | 'below-left';

export interface PlacedLabel {
  key: string;
  lane: number;
  text: string;
  placement: Placement;
  /** Box within the lane: `y` is measured from the lane's top. */
  box: Box;
}

/** The marker's own box, grown by one pixel so labels never touch it. */
export function markerBox(m: LabelMarker, g: LaneGeometry): Box {
  return { x: m.x - m.rx - 1, y: g.markerY - m.ry - 1, w: 2 * m.rx + 2, h: 2 * m.ry + 2 };
}

function candidates(m: LabelMarker, w: number, g: LaneGeometry): [Placement, Box][] {
  const h = g.labelHeight;
  const mid = g.markerY - h / 2;
  const above = g.markerY - g.markerHalf - g.gap - h;
  const below = g.markerY + g.markerHalf + g.gap;
  // above and below, the label starts (or ends) just inside the marker so it reads as its caption
  const inset = Math.min(m.rx, 4);
  return [
    ['right', { x: m.x + m.rx + g.gap, y: mid, w, h }],
    ['above', { x: m.x - inset, y: above, w, h }],
    ['below', { x: m.x - inset, y: below, w, h }],
    ['left', { x: m.x - m.rx - g.gap - w, y: mid, w, h }],
    ['above-left', { x: m.x + inset - w, y: above, w, h }],
    ['below-left', { x: m.x + inset - w, y: below, w, h }],
  ];
}

/**
 * Places as many labels as fit, highest priority first (ties: earlier across the track,
 * then key), at most one per group. Every marker, labelled or not, is an obstacle.
 * Returns the placed labels in the order they were placed.
 */
export function layoutLabels(
  markers: readonly LabelMarker[],
  g: LaneGeometry,
  textWidth: (text: string) => number,
): PlacedLabel[] {
  const taken = new Map<number, Box[]>();
  for (const m of markers) {
    const boxes = taken.get(m.lane);
    if (boxes) boxes.push(markerBox(m, g));
    else taken.set(m.lane, [markerBox(m, g)]);
  }
  const order = markers
    .filter((m) => m.text !== '')
    .sort((a, b) => b.priority - a.priority || a.x - b.x || (a.key < b.key ? -1 : 1));
  const placed: PlacedLabel[] = [];
  const groups = new Set<string>();
  for (const m of order) {
    const option = [{ text: m.text, group: m.group }, ...(m.fallbacks ?? [])].find(
      (o) => o.text !== '' && (o.group === undefined || !groups.has(o.group)),
    );
    if (!option) continue;
    const w = Math.ceil(textWidth(option.text));
    if (!(w > 0) || w > g.width) continue;
    const boxes = taken.get(m.lane)!;
    for (const [placement, box] of candidates(m, w, g)) {
      if (box.x < 0 || box.x + box.w > g.width || box.y < 0 || box.y + box.h > g.laneHeight)
        continue;
      if (boxes.some((t) => intersects(t, box))) continue;
      boxes.push(box);
      placed.push({ key: m.key, lane: m.lane, text: option.text, placement, box });
      if (option.group !== undefined) groups.add(option.group);
      break;
    }
  }
  return placed;
}
