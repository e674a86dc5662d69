import type { Lang } from '../../i18n/lang';
import { cardPalette } from './card-svg';
import { attrs, num, svgFontFamily, textEl, wrapText } from './svg-text';
import { xmlEscape } from '../../derive/xml-text';
import { estimateTextWidth } from '../lanes';

/**
 * An indicator card as an SVG drawing (`<text>`, `<polyline>`, `<circle>`, `<line>`), the
 * way the timeline's image is drawn (card-svg.ts): title, key, the lines with solid markers,
 * the axes' ticks, the cursor and the landmark events, the chart read in a sentence and the
 * source line with the permalink. Graphics desks open it with every word editable; the PNG
 * is this drawing rasterised. Pure: every number and word comes in.
 */
export interface IndicatorSvgInput {
  lang: Lang;
  title: string;
  /** the series' names, in order (colour and dash by index, as on the page) */
  series: readonly string[];
  /** one line per run of figures: the series' index and its points (time in ms, value) */
  lines: readonly { series: number; points: readonly [number, number][] }[];
  /** the time axis' span, ms */
  span: [number, number];
  xTicks: readonly { t: number; label: string }[];
  yTicks: readonly { v: number; label: string }[];
  /** the cursor's time, ms (not drawn outside the span) */
  cursor: number;
  /** dotted lines for the landmark events, ms */
  landmarks: readonly number[];
  /** where a series breaks, ms */
  breaks: readonly number[];
  words: {
    cursor: string;
    break: string;
    /** the key to the dotted lines (null when none is drawn) */
    landmarks: string | null;
    reading: string;
    source: string;
  };
}

const WIDTH = 640;
const PAD = 20;
const PLOT_H = 200;
const Y_AXIS = 48;
/** The dash patterns of series-style.ts: series stay apart in print and for colour blindness. */
const DASH = ['', '7 3', '2 3', '10 3 2 3'] as const;

const colourOf = (i: number) => cardPalette.issues[i % cardPalette.issues.length]!;

/** Draws the card; as tall as its words need. */
export function indicatorSvg(input: IndicatorSvgInput): string {
  const inner = WIDTH - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  for (const line of wrapText(input.title, inner, 18, 2)) {
    out.push(textEl({ x: PAD, y: y + 18, 'font-size': 18, 'font-weight': '700' }, line));
    y += 23;
  }
  y += 6;
  // the key: a line swatch in the series' colour and dash, and its name
  input.series.forEach((name, i) => {
    const lines = wrapText(name, inner - 34, 12, 2);
    out.push(
      `<line${attrs({ x1: PAD, x2: PAD + 26, y1: y + 8, y2: y + 8, stroke: colourOf(i), 'stroke-width': 2.5, 'stroke-dasharray': DASH[i % DASH.length] || undefined })}/>`,
    );
    lines.forEach((l, k) =>
      out.push(textEl({ x: PAD + 34, y: y + 12 + k * 15, 'font-size': 12 }, l)),
    );
    y += lines.length * 15 + 4;
  });
  y += 18; // room for the cursor's word above the plot
  out.push(...drawPlot(input, { x: PAD + Y_AXIS, y, w: inner - Y_AXIS - 6, h: PLOT_H }));
  y += PLOT_H + 30;
  if (input.words.landmarks) {
    for (const line of wrapText(input.words.landmarks, inner, 11, 3)) {
      out.push(textEl({ x: PAD, y: y + 11, 'font-size': 11, fill: cardPalette.muted }, line));
      y += 15;
    }
    y += 6;
  }
  for (const line of wrapText(input.words.reading, inner, 13, 6)) {
    out.push(textEl({ x: PAD, y: y + 13, 'font-size': 13 }, line));
    y += 18;
  }
  y += 6;
  for (const line of wrapText(input.words.source, inner, 11, 5)) {
    out.push(textEl({ x: PAD, y: y + 11, 'font-size': 11, fill: cardPalette.muted }, line));
    y += 15;
  }
  const height = Math.ceil(y + PAD);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      'xml:lang': input.lang,
      'font-family': svgFontFamily[input.lang],
      fill: cardPalette.text,
    })}>`,
    `<title>${xmlEscape(input.title)}</title>`,
    `<rect${attrs({ width: WIDTH, height, fill: cardPalette.surface })}/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

interface Plot {
  x: number;
  y: number;
  w: number;
  h: number;
}

function drawPlot(input: IndicatorSvgInput, p: Plot): string[] {
  const out: string[] = [];
  const [t0, t1] = input.span;
  const x = (t: number) => p.x + ((t - t0) / Math.max(1, t1 - t0)) * p.w;
  const values = input.yTicks.map((k) => k.v);
  const lo = Math.min(...values, 0);
  const hi = Math.max(...values, 1);
  const y = (v: number) => p.y + p.h - ((v - lo) / Math.max(1e-9, hi - lo)) * p.h;
  // value gridlines and ticks
  for (const k of input.yTicks) {
    out.push(
      `<line${attrs({ x1: p.x, x2: p.x + p.w, y1: y(k.v), y2: y(k.v), stroke: cardPalette.grid })}/>`,
      textEl(
        {
          x: p.x - 6,
          y: y(k.v) + 4,
          'font-size': 11,
          fill: cardPalette.muted,
          'text-anchor': 'end',
        },
        k.label,
      ),
    );
  }
  // time ticks: every year that has room for its label
  const widest = Math.max(0, ...input.xTicks.map((k) => estimateTextWidth(k.label, 11)));
  const perTick = input.xTicks.length > 1 ? x(input.xTicks[1]!.t) - x(input.xTicks[0]!.t) : p.w;
  const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, perTick)));
  input.xTicks.forEach((k, i) => {
    out.push(
      `<line${attrs({ x1: x(k.t), x2: x(k.t), y1: p.y + p.h, y2: p.y + p.h + 4, stroke: cardPalette.muted })}/>`,
    );
    if (i % every === 0)
      out.push(
        textEl(
          {
            x: x(k.t),
            y: p.y + p.h + 17,
            'font-size': 11,
            fill: cardPalette.muted,
            'text-anchor': 'middle',
          },
          k.label,
        ),
      );
  });
  out.push(
    `<line${attrs({ x1: p.x, x2: p.x + p.w, y1: p.y + p.h, y2: p.y + p.h, stroke: cardPalette.muted })}/>`,
  );
  const inSpan = (t: number) => t >= t0 && t <= t1;
  for (const t of input.landmarks.filter(inSpan))
    out.push(
      `<line${attrs({ x1: x(t), x2: x(t), y1: p.y, y2: p.y + p.h, stroke: cardPalette.muted, 'stroke-dasharray': '1 3' })}/>`,
    );
  for (const t of input.breaks.filter(inSpan))
    out.push(
      `<line${attrs({ x1: x(t), x2: x(t), y1: p.y, y2: p.y + p.h, stroke: cardPalette.text, 'stroke-dasharray': '5 2' })}/>`,
      textEl({ x: x(t) + 3, y: p.y + 11, 'font-size': 10 }, input.words.break),
    );
  // the lines, then their solid markers (a dash pattern would break a marker's circle)
  for (const line of input.lines) {
    const colour = colourOf(line.series);
    const pts = line.points.filter(([t]) => inSpan(t));
    if (pts.length > 1)
      out.push(
        `<polyline${attrs({
          points: pts.map(([t, v]) => `${num(x(t))},${num(y(v))}`).join(' '),
          fill: 'none',
          stroke: colour,
          'stroke-width': 2,
          'stroke-dasharray': DASH[line.series % DASH.length] || undefined,
        })}/>`,
      );
    for (const [t, v] of pts)
      out.push(`<circle${attrs({ cx: x(t), cy: y(v), r: 2.5, fill: colour })}/>`);
  }
  if (inSpan(input.cursor)) {
    const cx = x(input.cursor);
    out.push(
      `<line${attrs({ x1: cx, x2: cx, y1: p.y, y2: p.y + p.h, stroke: cardPalette.cursor, 'stroke-width': 2 })}/>`,
      // its word over the line, kept inside the card near either end
      textEl(
        {
          x: cx,
          y: p.y - 5,
          'font-size': 11,
          'text-anchor': cx > p.x + p.w - 30 ? 'end' : cx < p.x + 30 ? 'start' : 'middle',
        },
        input.words.cursor,
      ),
    );
  }
  return out;
}
