import type { EventAsOf } from '../../derive/event-status';
import { dayNumber } from '../../derive/dates';
import type { LaneItem } from './time-domain';

/**
 * Advance widths in em of DejaVu Sans, the widest of the sans-serif fonts the page may fall
 * back to, so an estimate is never short on a common system; the label's box is drawn at
 * exactly the estimated width and cuts off with an ellipsis, so overlap is impossible even
 * when a font is wider still.
 */
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_EM = [
  0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634,
  0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPPER_EM = [
  0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748,
  0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
];
const EM = new Map<string, number>([
  ...[...LOWER].map((c, i) => [c, LOWER_EM[i]!] as const),
  ...[...UPPER].map((c, i) => [c, UPPER_EM[i]!] as const),
  [' ', 0.318],
  ['.', 0.318],
  [',', 0.318],
  [':', 0.337],
  [';', 0.337],
  ["'", 0.275],
  ['’', 0.318],
  ['-', 0.361],
  ['–', 0.5],
  ['—', 1],
  ['·', 0.318],
  ['(', 0.39],
  [')', 0.39],
  ['+', 0.838],
  ['&', 0.78],
]);

/** Estimated width in px of `text` at `fontPx`, plus `padPx` on each side. */
export function estimateTextWidth(text: string, fontPx: number, padPx = 0): number {
  let em = 0;
  for (const ch of text) {
    const known = EM.get(ch);
    if (known !== undefined) em += known;
    else if (ch >= '0' && ch <= '9') em += 0.636;
    // Han, kana and Hangul are full width
    else if (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch)) em += 1;
    else em += 0.65;
  }
  return em * fontPx + 2 * padPx;
}

/** The words a label adds for an event that is not plain history (from the page's catalogue). */
export interface StatusWords {
  planned: string;
  postponed: string;
  cancelled: string;
  /** for an event after the cursor date */
  later: string;
}

/** The word a label adds for an event that is not plain history on the cursor date. */
export function statusWord(status: EventAsOf['status'], words: StatusWords): string | null {
  if (status === null) return words.later;
  return status === 'occurred' ? null : words[status];
}

/** Who gets a label first: the selected event, the one nearest the cursor, then by significance. */
export function labelPriority(
  it: EventAsOf,
  ctx: { selected: string | null; nearest: string | null },
): number {
  let p = it.event.significance * 10;
  if (it.event.id === ctx.selected) p += 100;
  if (it.event.id === ctx.nearest) p += 40;
  // what is announced but not yet held is news on the cursor date
  if (it.status === 'planned' || it.status === 'postponed') p += 5;
  // later events are dimmed: they yield to what was known
  if (it.status === null) p -= 15;
  return p;
}

/** The known event (not after the cursor) dated closest to it; ties go to the later one. */
export function nearestToCursor(items: readonly EventAsOf[], asOf: string): string | null {
  const at = dayNumber(asOf);
  let best: string | null = null;
  let bestDist = Infinity;
  let bestDate = '';
  for (const it of items) {
    if (it.status === null) continue;
    const dist = Math.abs(it.day - at);
    if (dist < bestDist || (dist === bestDist && it.event.date > bestDate)) {
      best = it.event.id;
      bestDist = dist;
      bestDate = it.event.date;
    }
  }
  return best;
}

export interface MarkLabel {
  /** The event whose label is shown (a cluster's most important one). */
  lead: EventAsOf;
  label: string;
  status: string | null;
  /** How many more events a cluster holds. */
  more: number;
  priority: number;
}

/**
 * What a marker's label could say, best first: a cluster speaks for its most important
 * event (ties: the earliest), and its next ones stand by in case that event is already
 * named in another lane.
 */
export function rankedLabels(
  mark: LaneItem,
  ctx: { selected: string | null; nearest: string | null },
  words: StatusWords,
  max = 3,
): MarkLabel[] {
  const items = mark.kind === 'cluster' ? mark.items : [mark.item];
  // the best few in one pass: a cluster may hold thousands of events
  const top: { it: EventAsOf; p: number }[] = [];
  for (const it of items) {
    const p = labelPriority(it, ctx);
    if (top.length === max && p <= top[max - 1]!.p) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.p < p) at--;
    top.splice(at, 0, { it, p });
    if (top.length > max) top.pop();
  }
  return top.map(({ it, p }) => ({
    lead: it,
    label: it.event.label,
    status: statusWord(it.status, words),
    more: items.length - 1,
    priority: p,
  }));
}

/** The label a marker shows when nothing else competes for it. */
export function markLabel(
  mark: LaneItem,
  ctx: { selected: string | null; nearest: string | null },
  words: StatusWords,
): MarkLabel {
  return rankedLabels(mark, ctx, words, 1)[0]!;
}

/** The label as one line of text, as it is measured and drawn. */
export function labelText(l: Pick<MarkLabel, 'label' | 'status' | 'more'>): string {
  return `${l.label}${l.status ? ` · ${l.status}` : ''}${l.more > 0 ? ` +${l.more}` : ''}`;
}

/** How many of a cluster's events were known on the cursor date (the rest are later and dimmed). */
export function knownCount(items: readonly EventAsOf[]): number {
  let known = 0;
  for (const it of items) if (it.status !== null) known++;
  return known;
}

/** Height of a lane in px unless a fixed-size image needs them shorter. */
export const LANE_HEIGHT = 64;

/** Geometry of a lane in px; the stylesheet's `.lane-track` and `.mark-label` match it. */
export function laneGeometry(laneHeight = LANE_HEIGHT, touch = false, labelPx = LABEL_FONT_PX) {
  const markerHalf = MARKER_PX[touch ? 'touch' : 'fine'].cluster / 2;
  return { laneHeight, markerY: laneHeight / 2, markerHalf, labelHeight: labelPx + 3, gap: 2 };
}

/**
 * Drawn marker sizes in px by significance, and a cluster's height; on touch screens
 * (`pointer: coarse`) they are larger, for a thumb. The stylesheet's `.marker` rules match.
 */
const MARKER_PX = {
  fine: { 1: 12, 2: 16, 3: 22, cluster: 22 },
  touch: { 1: 24, 2: 26, 3: 30, cluster: 26 },
} as const;
export const LABEL_FONT_PX = 12;
const LABEL_PAD_PX = 2;

/** Width in px of a drawn label (text plus its padding), at the page's size unless given. */
export function labelWidth(text: string, fontPx = LABEL_FONT_PX): number {
  return estimateTextWidth(text, fontPx, LABEL_PAD_PX);
}

/** Half the drawn size of a marker (see `.marker` in the stylesheet), in px. */
export function markerHalfSize(mark: LaneItem, touch = false): { rx: number; ry: number } {
  const px = MARKER_PX[touch ? 'touch' : 'fine'];
  if (mark.kind === 'cluster') {
    const digits =
      String(Math.min(mark.items.length, 999)).length + (mark.items.length > 999 ? 1 : 0);
    return { rx: Math.max(px.cluster, 8 + 7 * digits) / 2, ry: px.cluster / 2 };
  }
  const significance = mark.item.event.significance;
  const size = px[significance >= 3 ? 3 : significance === 2 ? 2 : 1];
  return { rx: size / 2, ry: size / 2 };
}
