/**
 * Where the short labels of the lanes go: greedy placement by priority over a few
 * candidate positions per marker (the approach of map labelling and of vis-timeline's
 * item stacking), so that no label covers another label or any marker. Pure: sizes come
 * in as numbers and a text-width function, boxes go out.
 *
 * Each lane is a horizontal band `laneHeight` px tall with its markers centred on
 * `markerY`; a label stays inside its own lane and inside the track's width, so it can
 * never reach the axis above the lanes or the cursor's label below them, and no label
 * straddles the cursor line (which is drawn across the lanes, not the callouts above).
 *
 * Landmarks (the turning points) are always named: one that finds no room beside its
 * marker becomes a callout in a band of rows above the lanes, with a thin leader line down
 * to its marker, the way newsroom charts annotate. Other labels then fill in around the
 * landmarks and the leader lines.
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
  /** A turning point: named whatever the room, in a callout above the lanes if need be. */
  landmark?: boolean;
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
  /** The cursor line across the track, px: no label straddles it. */
  cursorX?: number;
}

export type Placement = 'right' | 'above' | 'below' | 'left' | 'above-left' | 'below-left';

/**
 * Which edge of the box the words are tied to: the edge at the marker (or at the leader
 * line). Widths are estimated on the wide side, so words drawn from that edge end short of
 * the far one, never of the marker: a label left of its marker that started at its box's
 * left edge would end a gap away from the marker it names.
 */
export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  key: string;
  lane: number;
  text: string;
  placement: Placement | 'callout';
  anchor: Anchor;
  /**
   * Box within the lane: `y` is measured from the lane's top. For a callout, `y` is 0 and
   * `row` says which row of the band above the lanes holds it (0 is the row nearest them).
   */
  box: Box;
  /** Callouts only: the band row and where the leader line leaves the label, px across. */
  row?: number;
  leaderX?: number;
  /** Callouts only: the marker the leader line reaches, px across. */
  markerX?: number;
}

/** Rows of callouts above the lanes a layout needs (0 when every label sits in its lane). */
export function calloutRows(placed: readonly PlacedLabel[]): number {
  let rows = 0;
  for (const p of placed) if (p.row !== undefined) rows = Math.max(rows, p.row + 1);
  return rows;
}

/** The most callout rows a layout opens; a landmark that finds none is left unnamed. */
const MAX_CALLOUT_ROWS = 40;
/** Space kept between neighbouring callouts and around the cursor line, px. */
const CALLOUT_GAP = 6;

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

/** True when the box straddles the cursor line (with a pixel either side). */
function crossesCursor(box: Box, g: LaneGeometry): boolean {
  return g.cursorX !== undefined && box.x < g.cursorX + 2 && box.x + box.w > g.cursorX - 2;
}

interface Pending {
  m: LabelMarker;
  text: string;
  group?: string;
  w: number;
}

/** The first label option whose group is not named yet. */
function optionOf(m: LabelMarker, groups: ReadonlySet<string>) {
  return [{ text: m.text, group: m.group }, ...(m.fallbacks ?? [])].find(
    (o) => o.text !== '' && (o.group === undefined || !groups.has(o.group)),
  );
}

const anchorOf = (placement: Placement): Anchor =>
  placement === 'left' || placement === 'above-left' || placement === 'below-left'
    ? 'end'
    : 'start';

/**
 * A marker box of a lane, held once with the number of markers drawn in it: a cluster's
 * landmarks are markers of their own at the cluster's place, and at 100,000 events a lane
 * held hundreds of copies of one box, each looked at for every label tried.
 */
interface MarkerBox {
  box: Box;
  n: number;
}
type MarkerBoxes = readonly MarkerBox[];

/**
 * How many other markers of the lane a caption above or below runs over: a caption that
 * spans a row of markers reads as any one's, so a position clear of them comes first.
 */
function markersSpanned(box: Box, own: Box, lane: MarkerBoxes): number {
  let n = 0;
  for (const { box: b, n: k } of lane)
    if (b.x < box.x + box.w && box.x < b.x + b.w && !sameBox(b, own)) n += k;
  return n;
}
const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/** Tries the positions beside the marker; returns the placed label or null. */
function placeBeside(
  p: Pending,
  g: LaneGeometry,
  boxes: Box[],
  laneMarkers: MarkerBoxes,
): PlacedLabel | null {
  const own = markerBox(p.m, g);
  const fits: { placement: Placement; box: Box; spanned: number }[] = [];
  for (const [placement, at] of candidates(p.m, p.w, g)) {
    let box = at;
    // a caption above or below a marker on the cursor line moves just clear of the line
    if (crossesCursor(box, g) && placement !== 'right' && placement !== 'left') {
      const cx = g.cursorX!;
      const x = p.m.x >= cx ? cx + 3 : cx - 3 - box.w;
      if (Math.abs(x - box.x) <= p.m.rx + 8) box = { ...box, x };
    }
    if (box.x < 0 || box.x + box.w > g.width || box.y < 0 || box.y + box.h > g.laneHeight) continue;
    if (crossesCursor(box, g) || boxes.some((t) => intersects(t, box))) continue;
    const spanned = markersSpanned(box, own, laneMarkers);
    fits.push({ placement, box, spanned });
    if (spanned === 0) break;
  }
  if (fits.length === 0) return null;
  // the first position in the order of preference among those spanning the fewest markers
  const best = fits.reduce((a, b) => (b.spanned < a.spanned ? b : a));
  const { placement, box } = best;
  return {
    key: p.m.key,
    lane: p.m.lane,
    text: p.text,
    placement,
    anchor: anchorOf(placement),
    box,
  };
}

/** The leader line's footprint in the lanes it passes, as boxes per lane. */
function leaderBoxes(c: PlacedLabel, m: LabelMarker, g: LaneGeometry): [number, Box][] {
  const x0 = Math.min(c.leaderX!, m.x) - 2;
  const w = Math.abs(c.leaderX! - m.x) + 4;
  const out: [number, Box][] = [];
  for (let lane = 0; lane < m.lane; lane++) out.push([lane, { x: x0, y: 0, w, h: g.laneHeight }]);
  out.push([m.lane, { x: m.x - 2, y: 0, w: 4, h: Math.max(0, g.markerY - m.ry) }]);
  return out;
}

/**
 * Callouts in rows above the lanes. A callout's leader line drops straight from its marker
 * and the label starts just beside the line, reading right (or left, where the track leaves
 * no room on the right, or centred over it where neither side has room). The cursor line does not reach up into these rows. Each goes to the lowest row where its label
 * meets no other label; a leader line may pass behind a lower label (the drawings give
 * labels a halo) but a row without such a crossing is preferred when it costs at most two
 * more rows. Several landmarks of one cluster share one line.
 */
function placeCallouts(pending: readonly Pending[], g: LaneGeometry): PlacedLabel[] {
  const boxes: [number, number][][] = [];
  const leaders: number[][] = [];
  const out: PlacedLabel[] = [];
  // the cursor line is drawn across the lanes only, so a callout above them may sit
  // anywhere across the track
  const bounds = () => ({ lo: 0, hi: g.width });
  /** How many labels the placement's leader or box would cross, or -1 when labels meet. */
  const crossings = (row: number, x: number, w: number, lx: number) => {
    if ((boxes[row] ?? []).some(([a, b]) => x - CALLOUT_GAP < b && a < x + w + CALLOUT_GAP))
      return -1;
    let n = (leaders[row] ?? []).filter((l) => x <= l + 1 && l - 1 <= x + w).length;
    for (let below = 0; below < row; below++)
      n += (boxes[below] ?? []).filter(([a, b]) => lx + 1 > a && lx - 1 < b).length;
    return n;
  };
  // right-most first: labels reading right then stack like stairs, crossing nothing
  const order = [...pending].sort((a, b) => b.m.x - a.m.x || (a.m.key < b.m.key ? -1 : 1));
  for (const p of order) {
    const { m, w } = p;
    const { lo, hi } = bounds();
    // beside the line, reading right or left; failing both, across it (the line then
    // meets the label's lower edge)
    const across = Math.max(lo, Math.min(hi - w, m.x - w / 2));
    // each with the edge its words are tied to: the one at the line, or its middle
    const acrossAnchor: Anchor =
      across === m.x - w / 2 ? 'middle' : across === lo ? 'start' : 'end';
    const xs = (
      [
        [m.x + 3, 'start'],
        [m.x - 3 - w, 'end'],
        [across, acrossAnchor],
      ] as const
    ).filter(([x]) => x >= lo && x + w <= hi);
    let best: { row: number; x: number; anchor: Anchor; cost: number } | null = null;
    for (let row = 0; row < MAX_CALLOUT_ROWS; row++) {
      if (best && row >= best.cost) break;
      for (const [x, anchor] of xs) {
        const n = crossings(row, x, w, m.x);
        if (n < 0) continue;
        const cost = row + (n > 0 ? 1.5 : 0);
        if (!best || cost < best.cost) best = { row, x, anchor, cost };
      }
    }
    if (!best) continue;
    const { row, x, anchor } = best;
    (boxes[row] ??= []).push([x, x + w]);
    for (let below = 0; below < row; below++) (leaders[below] ??= []).push(m.x);
    out.push({
      key: m.key,
      lane: m.lane,
      text: p.text,
      placement: 'callout',
      anchor,
      box: { x, y: 0, w, h: g.labelHeight },
      row,
      leaderX: m.x,
      markerX: m.x,
    });
  }
  return out;
}

/**
 * Places as many labels as fit, landmarks first, then by priority (ties: earlier across
 * the track, then key), at most one per group. Every marker, labelled or not, is an
 * obstacle, and so is every leader line. A landmark with no room beside its marker becomes
 * a callout above the lanes (`placement: 'callout'`). Returns in-lane labels in the order
 * they were placed, then the callouts.
 */
export function layoutLabels(
  markers: readonly LabelMarker[],
  g: LaneGeometry,
  textWidth: (text: string) => number,
): PlacedLabel[] {
  const markerBoxes = new Map<number, MarkerBox[]>();
  const seen = new Map<string, MarkerBox>();
  for (const m of markers) {
    const box = markerBox(m, g);
    const key = `${m.lane} ${box.x} ${box.y} ${box.w} ${box.h}`;
    const same = seen.get(key);
    if (same) {
      same.n++;
      continue;
    }
    const entry = { box, n: 1 };
    seen.set(key, entry);
    const boxes = markerBoxes.get(m.lane);
    if (boxes) boxes.push(entry);
    else markerBoxes.set(m.lane, [entry]);
  }
  // a box taken twice is no more in the way than once
  const taken = new Map([...markerBoxes].map(([lane, boxes]) => [lane, boxes.map((b) => b.box)]));
  const order = markers
    .filter((m) => m.text !== '')
    .sort(
      (a, b) =>
        Number(!!b.landmark) - Number(!!a.landmark) ||
        b.priority - a.priority ||
        a.x - b.x ||
        (a.key < b.key ? -1 : 1),
    );
  const groups = new Set<string>();
  const pendingOf = (m: LabelMarker): Pending | null => {
    // a landmark is named for itself, never stood in for by its cluster's next event
    const option = m.landmark
      ? m.group === undefined || !groups.has(m.group)
        ? { text: m.text, group: m.group }
        : undefined
      : optionOf(m, groups);
    if (!option) return null;
    const w = Math.ceil(textWidth(option.text));
    if (!(w > 0) || w > g.width) return null;
    return { m, text: option.text, group: option.group, w };
  };
  const claim = (p: Pending) => {
    if (p.group !== undefined) groups.add(p.group);
  };

  // 1. landmarks beside their markers where they fit, else callouts
  const landmarks: Pending[] = [];
  for (const m of order) {
    if (!m.landmark) break;
    const p = pendingOf(m);
    if (!p) continue;
    claim(p);
    landmarks.push(p);
  }
  const beside: PlacedLabel[] = [];
  const up: Pending[] = [];
  for (const p of landmarks) {
    const placed = placeBeside(p, g, taken.get(p.m.lane)!, markerBoxes.get(p.m.lane)!);
    if (placed) {
      taken.get(p.m.lane)!.push(placed.box);
      beside.push(placed);
    } else up.push(p);
  }
  const callouts = placeCallouts(up, g);
  // leader lines are obstacles for the labels still to come (a landmark label they cross
  // keeps its place: the drawings give labels a halo that the line passes under)
  const byKey = new Map(markers.map((m) => [m.key, m]));
  for (const c of callouts)
    for (const [lane, box] of leaderBoxes(c, byKey.get(c.key)!, g)) taken.get(lane)?.push(box);

  // 2. the other labels, around the landmarks and the leader lines
  const placed: PlacedLabel[] = [...beside];
  for (const m of order) {
    if (m.landmark) continue;
    const p = pendingOf(m);
    if (!p) continue;
    const label = placeBeside(p, g, taken.get(m.lane)!, markerBoxes.get(m.lane)!);
    if (!label) continue;
    taken.get(m.lane)!.push(label.box);
    claim(p);
    placed.push(label);
  }
  return [...placed, ...callouts];
}
