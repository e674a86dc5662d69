import type { Lang } from '../../i18n/lang';
import {
  estimateTextWidth,
  LANE_HEIGHT,
  lanesLayout,
  markerHalfSize,
  type LanesInput,
  type LanesLayout,
  type LaneItem,
  type LaneLabel,
} from '../lanes';
import { ISSUE_COLOURS } from '../common/labels';
import { attrs, num, svgFontFamily, textEl, wrapText } from './svg-text';
import { xmlEscape } from '../../derive/xml-text';

/**
 * The timeline as an SVG drawing, from the lanes' own layout (the page draws the same
 * layout as HTML): `<text>`, `<circle>`, `<rect>`, `<line>`, never HTML inside
 * `<foreignObject>`, so Illustrator, Inkscape, Figma and librsvg open it with every word
 * editable. The PNG is this drawing rasterised, so the two never differ. Pure.
 */

/** The light theme's colours (app.css :root; tests/unit/card-svg.test.ts keeps them equal). */
export const cardPalette = {
  surface: '#ffffff',
  text: '#1a1a1a',
  muted: '#52575d',
  grid: '#e3e5e8',
  cursor: '#b3470a',
  issues: [
    '#1f77b4',
    '#d62728',
    '#238023',
    '#8d5eb7',
    '#8f5346',
    '#c03a9e',
    '#6b6b6b',
    '#768503',
    '#008492',
    '#bd5a00',
    '#2f4ac7',
    '#8a640f',
    '#c2416d',
    '#087a58',
  ],
} as const;

export interface CardWords {
  /** legend: planned events */
  planned: string;
  /** legend: pale markers, after the cursor date (null when none is drawn) */
  later: string | null;
  /** legend: a cluster of events */
  grouped: string;
  /** under the lanes, at the cursor line */
  cursor: string;
  credit: string;
  /** the source line, permalink included */
  source: string;
}

export interface CardInput {
  width: number;
  /** A fixed height (the social card); without it the card is as tall as it needs. */
  height?: number;
  lang: Lang;
  headline: string;
  standfirst: string;
  /** How many lines the standfirst may take (3 unless a chapter's text needs more). */
  standfirstLines?: number;
  /** the filters, count and date in words */
  subtitle: string;
  words: CardWords;
  /** The lanes' inputs; width, lane height and touch are the card's own. */
  lanes: Omit<LanesInput, 'width' | 'laneHeight' | 'touch'>;
}

const PAD = 20;
const LEGEND_PX = 24;
const AXIS_PX = 20;
const CURSOR_LABEL_PX = 18;
/** A cluster marker is 22 px tall: lanes never get shorter. */
const MIN_LANE_PX = 22;

/** Text sizes: a fixed-size card (the social card) writes its labels a size smaller. */
interface Scale {
  labelPx: number;
  /** height of a row of callouts above the lanes */
  rowPx: number;
}
const scaleOf = (compact: boolean): Scale =>
  compact ? { labelPx: 11, rowPx: 15 } : { labelPx: 12, rowPx: 17 };
const bandHeight = (rows: number, sc: Scale) => (rows > 0 ? rows * sc.rowPx + 4 : 0);

interface Block {
  lines: string[];
  size: number;
  lineHeight: number;
  weight?: string;
  fill: string;
}

function block(
  text: string,
  maxPx: number,
  size: number,
  maxLines: number,
  fill: string,
  weight?: string,
): Block {
  const lines = text.trim() ? wrapText(text.trim(), maxPx, size, maxLines) : [];
  return { lines, size, lineHeight: Math.round(size * 1.3), fill, weight };
}

const blockHeight = (b: Block) => b.lines.length * b.lineHeight;

/** Lane names' font size and line height, px; the swatch and gap before a name. */
const NAME_PX = 11;
const NAME_LINE_PX = 13;
const NAME_INSET = 22;

/**
 * Width of the column of lane names, px. A wide card's lanes may be one line tall, so its
 * column is as wide as its longest name (up to a limit); a narrow card's names wrap.
 */
function nameColumn(width: number, names: readonly string[]): number {
  if (width < 900) return 112;
  const longest = Math.max(0, ...names.map((n) => estimateTextWidth(n, NAME_PX)));
  return Math.min(240, Math.max(160, Math.ceil(longest) + NAME_INSET + 4));
}

/** The lines of a lane's name: as many as the lane's height holds, at most three. */
export function laneNameLines(name: string, column: number, laneHeight: number): string[] {
  const lines = Math.max(1, Math.min(3, Math.floor((laneHeight - 4) / NAME_LINE_PX)));
  return wrapText(name, column - NAME_INSET, NAME_PX, lines);
}

/**
 * Where everything on the card goes: the text blocks, and the lanes' layout at the lane
 * height that fits (a fixed-size card shortens its lanes, never below a marker's size).
 * Exported for the tests, which check the layout that is drawn.
 */
export function cardLayout(input: CardInput) {
  const { width, words } = input;
  const inner = width - 2 * PAD;
  const names = nameColumn(
    width,
    input.lanes.lanes.map((lane) => lane.name),
  );
  const track = inner - names;
  const head = [
    block(input.headline, inner, 22, 2, cardPalette.text, '700'),
    block(input.standfirst, inner, 15, input.standfirstLines ?? 3, cardPalette.text),
    block(input.subtitle, inner, 13, 2, cardPalette.muted),
  ];
  const foot = [
    block(words.credit, inner, 12, 2, cardPalette.muted),
    block(words.source, inner, 12, 3, cardPalette.muted),
  ];
  const headPx = head.reduce((h, b) => h + blockHeight(b) + (b.lines.length ? 4 : 0), 0);
  const footPx = foot.reduce((h, b) => h + blockHeight(b), 0) + 8;
  const laneCount = input.lanes.lanes.length;
  const sc = scaleOf(input.height !== undefined);
  const layoutAt = (laneHeight: number) =>
    lanesLayout({
      ...input.lanes,
      width: track,
      laneHeight,
      touch: false,
      labelPx: sc.labelPx,
    });
  const bodyPx = (l: LanesLayout, laneHeight: number) =>
    AXIS_PX + bandHeight(l.calloutRows, sc) + laneCount * (laneHeight + 1) + CURSOR_LABEL_PX;
  let laneHeight = LANE_HEIGHT;
  let layout = layoutAt(laneHeight);
  if (input.height) {
    const room = input.height - 2 * PAD - headPx - LEGEND_PX - footPx;
    while (laneHeight > MIN_LANE_PX && bodyPx(layout, laneHeight) > room) {
      laneHeight = Math.max(MIN_LANE_PX, laneHeight - 2);
      layout = layoutAt(laneHeight);
    }
  }
  const body = bodyPx(layout, laneHeight);
  const height = input.height ?? Math.ceil(2 * PAD + headPx + LEGEND_PX + body + footPx);
  return { inner, names, track, head, foot, headPx, footPx, sc, layout, laneHeight, body, height };
}

/** Lays out and draws the card. */
export function cardSvg(input: CardInput): string {
  const { width, words } = input;
  const { inner, names, track, head, foot, footPx, sc, layout, laneHeight, body, height } =
    cardLayout(input);
  const out: string[] = [];
  let y = PAD;
  for (const b of head) {
    out.push(...drawBlock(b, PAD, y));
    y += blockHeight(b) + (b.lines.length ? 4 : 0);
  }
  out.push(...drawLegend(words, PAD, y + 14, inner));
  y += LEGEND_PX;
  out.push(...drawLanes(layout, { x: PAD, y, names, track, laneHeight, sc }, input, words));
  let fy = input.height ? input.height - PAD - footPx + 8 : y + body + 8;
  for (const b of foot) {
    out.push(...drawBlock(b, PAD, fy));
    fy += blockHeight(b);
  }

  const lang = input.lang;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'xml:lang': lang,
      'font-family': svgFontFamily[lang],
    })}>`,
    `<title>${xmlEscape(input.headline)}</title>`,
    `<rect${attrs({ width, height, fill: cardPalette.surface })}/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

function drawBlock(b: Block, x: number, top: number): string[] {
  return b.lines.map((line, i) =>
    textEl(
      {
        x,
        y: top + i * b.lineHeight + b.size,
        'font-size': b.size,
        'font-weight': b.weight,
        fill: b.fill,
      },
      line,
    ),
  );
}

/** The marks' meanings: planned (dashed), after the cursor (pale), a cluster (a count). */
function drawLegend(words: CardWords, x: number, baseline: number, maxPx: number): string[] {
  const out: string[] = [];
  const cy = baseline - 4;
  let at = x;
  const item = (mark: string, text: string) => {
    out.push(
      mark,
      textEl({ x: at + 16, y: baseline, 'font-size': 12, fill: cardPalette.text }, text),
    );
    at += 16 + Math.ceil(estimateTextWidth(text, 12)) + 18;
  };
  item(
    `<circle${attrs({ cx: at + 6, cy, r: 5, fill: cardPalette.surface, stroke: cardPalette.text, 'stroke-width': 1.5, 'stroke-dasharray': '2.5 1.5' })}/>`,
    words.planned,
  );
  if (words.later)
    item(
      `<circle${attrs({ cx: at + 6, cy, r: 6, fill: cardPalette.muted, opacity: 0.35 })}/>`,
      words.later,
    );
  if (at < x + maxPx - 120)
    item(
      `<rect${attrs({ x: at, y: cy - 7, width: 14, height: 14, rx: 7, fill: cardPalette.muted })}/>` +
        textEl(
          {
            x: at + 7,
            y: cy + 3.5,
            'font-size': 9,
            'font-weight': '700',
            fill: cardPalette.surface,
            'text-anchor': 'middle',
          },
          '3',
        ),
      words.grouped,
    );
  return out;
}

interface Frame {
  x: number;
  y: number;
  names: number;
  track: number;
  laneHeight: number;
  sc: Scale;
}

function drawLanes(l: LanesLayout, f: Frame, input: CardInput, words: CardWords): string[] {
  const out: string[] = [];
  const { domain } = input.lanes;
  const tx = f.x + f.names;
  const band = bandHeight(l.calloutRows, f.sc);
  const lanesTop = f.y + AXIS_PX + band;
  const laneTop = (i: number) => lanesTop + i * (f.laneHeight + 1);
  const bottom = laneTop(l.lanes.length);
  const span = domain.end - domain.start;
  // axis and light year gridlines
  for (const t of l.ticks) {
    const x = tx + ((t.day - domain.start) / span) * f.track;
    const anchor = x - tx < 24 ? 'start' : tx + f.track - x < 24 ? 'end' : 'middle';
    out.push(
      textEl(
        {
          x,
          y: f.y + 13,
          'font-size': 12,
          'font-weight': t.major ? '600' : undefined,
          fill: t.major ? cardPalette.text : cardPalette.muted,
          'text-anchor': anchor,
        },
        t.label,
      ),
    );
    if (t.major)
      out.push(
        `<line${attrs({ x1: x, x2: x, y1: f.y + AXIS_PX, y2: bottom, stroke: cardPalette.grid })}/>`,
      );
  }
  // lane names and rules
  l.lanes.forEach((lane, i) => {
    const colour = cardPalette.issues[lane.colorIndex % ISSUE_COLOURS]!;
    const mid = laneTop(i) + f.laneHeight / 2;
    const lines = laneNameLines(lane.name, f.names, f.laneHeight);
    out.push(`<rect${attrs({ x: f.x, y: mid - 4, width: 8, height: 8, rx: 2, fill: colour })}/>`);
    lines.forEach((line, k) =>
      out.push(
        textEl(
          {
            x: f.x + 13,
            y: mid + 4 + (k - (lines.length - 1) / 2) * NAME_LINE_PX,
            'font-size': NAME_PX,
            fill: cardPalette.text,
          },
          line,
        ),
      ),
    );
    out.push(
      `<line${attrs({ x1: f.x, x2: tx + f.track, y1: laneTop(i) + f.laneHeight + 0.5, y2: laneTop(i) + f.laneHeight + 0.5, stroke: cardPalette.grid })}/>`,
    );
  });
  // leader lines under the markers
  const rowTop = (row: number) => lanesTop - (row + 1) * f.sc.rowPx;
  const labelH = f.sc.labelPx + 3;
  for (const { placed } of l.callouts) {
    const x0 = tx + placed.leaderX!;
    const mx = tx + placed.markerX!;
    out.push(
      `<polyline${attrs({
        points: `${num(x0)},${num(rowTop(placed.row!) + labelH)} ${num(mx)},${num(lanesTop)} ${num(mx)},${num(laneTop(placed.lane) + f.laneHeight / 2)}`,
        fill: 'none',
        stroke: cardPalette.muted,
        'stroke-width': 0.75,
      })}/>`,
    );
  }
  // the cursor line and its date, on the side with room; drawn under the markers, so a
  // cluster that holds events from both sides of the date keeps its count legible
  if (l.cursorAt >= 0 && l.cursorAt <= 1) {
    const cx = tx + l.cursorAt * f.track;
    out.push(
      `<line${attrs({ x1: cx, x2: cx, y1: lanesTop, y2: bottom, stroke: cardPalette.cursor, 'stroke-width': 2 })}/>`,
      textEl(
        {
          x: l.cursorAt > 0.7 ? cx - 4 : cx + 4,
          y: bottom + 13,
          'font-size': 12,
          fill: cardPalette.text,
          'text-anchor': l.cursorAt > 0.7 ? 'end' : 'start',
        },
        words.cursor,
      ),
    );
  }
  // markers
  l.lanes.forEach((lane, i) => {
    const colour = cardPalette.issues[lane.colorIndex % ISSUE_COLOURS]!;
    const cy = laneTop(i) + f.laneHeight / 2;
    for (const mark of lane.marks) out.push(drawMarker(mark, tx + mark.at * f.track, cy, colour));
  });
  // labels beside markers, then callouts
  for (const [i, labels] of l.labels)
    for (const { placed, label } of labels)
      out.push(drawLabel(label, placed, tx, laneTop(i) + placed.box.y, f.sc));
  for (const { placed, label } of l.callouts)
    out.push(drawLabel(label, placed, tx, rowTop(placed.row!), f.sc));
  return out;
}

function drawMarker(mark: LaneItem, cx: number, cy: number, colour: string): string {
  const { rx, ry } = markerHalfSize(mark);
  if (mark.kind === 'cluster') {
    const known = mark.items.filter((it) => it.status !== null).length / mark.items.length;
    const count = mark.items.length > 999 ? '999+' : String(mark.items.length);
    const box = { x: cx - rx, y: cy - ry, width: 2 * rx, height: 2 * ry, rx: ry };
    const parts = [
      // an opaque ground under a pale cluster, so no line shows through its count
      known < 1 ? `<rect${attrs({ ...box, fill: cardPalette.surface })}/>` : '',
      `<rect${attrs({ ...box, fill: colour, 'fill-opacity': known < 1 ? 0.3 : undefined })}/>`,
    ];
    if (known > 0 && known < 1)
      parts.push(`<rect${attrs({ ...box, width: 2 * rx * known, fill: colour })}/>`);
    parts.push(
      textEl(
        {
          x: cx,
          y: cy + 4,
          'font-size': 11,
          'font-weight': '700',
          'text-anchor': 'middle',
          fill: known === 1 ? cardPalette.surface : cardPalette.text,
        },
        count,
      ),
    );
    return `<g>${parts.join('')}</g>`;
  }
  const { status } = mark.item;
  const open = status === 'planned' || status === 'postponed' || status === 'cancelled';
  return `<circle${attrs({
    cx,
    cy,
    r: rx - 1,
    fill: open ? cardPalette.surface : colour,
    stroke: colour,
    'stroke-width': 2,
    'stroke-dasharray': status === 'cancelled' ? '1 2' : open ? '3 2' : undefined,
    opacity: status === null ? 0.3 : undefined,
  })}/>`;
}

const TEXT_ANCHOR = { start: undefined, middle: 'middle', end: 'end' } as const;

/**
 * A label on a white ground (its estimated box), so that a leader line or gridline passing
 * behind it never runs through the words; the status word is set in italics. The words
 * start from the box's edge at the marker or leader line (`anchor`), so a font narrower
 * than the estimate leaves its slack at the far end.
 */
function drawLabel(
  label: { label: string; status: string | null; more: number; lead: { status: unknown } },
  placed: LaneLabel['placed'],
  trackX: number,
  top: number,
  sc: Scale,
): string {
  const { w } = placed.box;
  const x = trackX + placed.box.x;
  const textX = placed.anchor === 'start' ? x + 2 : placed.anchor === 'end' ? x + w - 2 : x + w / 2;
  const later = label.lead.status === null;
  const tail = [
    label.status
      ? `<tspan font-style="italic" fill="${cardPalette.muted}">\u00A0· ${xmlEscape(label.status)}</tspan>`
      : '',
    label.more > 0 ? `\u00A0+${label.more}` : '',
  ].join('');
  const ground = `<rect${attrs({ x, y: top, width: w, height: sc.labelPx + 3, fill: cardPalette.surface, 'fill-opacity': 0.85 })}/>`;
  const text = textEl(
    {
      x: textX,
      y: top + sc.labelPx - 0.5,
      'font-size': sc.labelPx,
      'text-anchor': TEXT_ANCHOR[placed.anchor],
      fill: later ? cardPalette.muted : cardPalette.text,
      'font-style': later ? 'italic' : undefined,
    },
    label.label,
  );
  return ground + (tail ? text.replace(/<\/text>$/, `${tail}</text>`) : text);
}
