import { xmlEscape } from '../../derive/xml-text';
import { estimateTextWidth } from '../lanes';
import type { Lang } from '../../i18n/lang';

/**
 * Fonts an exported SVG names, with system fallbacks: Noto Sans CJK first for Japanese and
 * Korean (so viewers pick that language's forms of the characters), common sans-serif
 * families for English. Nothing is embedded and nothing is fetched.
 */
export const svgFontFamily: Record<Lang, string> = {
  en: "'Noto Sans', 'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif",
  ja: "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif",
  ko: "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
};

/** A number for an SVG attribute: at most one decimal, so files stay small and stable. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** One attribute list; every value is escaped (and stripped of characters XML forbids). */
export function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : xmlEscape(v!)}"`)
    .join('');
}

/** An element with text content (escaped: text from data is never markup). */
export function textEl(a: Record<string, string | number | undefined>, text: string): string {
  return `<text${attrs(a)}>${xmlEscape(text)}</text>`;
}

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

const HAN_KANA = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const BREAKS = new RegExp(`[^\\s${HAN_KANA}]+[${HAN_KANA}]?|[${HAN_KANA}]|\\s+`, 'gu');

/**
 * Breaks `text` into lines no wider than `maxPx` at `fontPx` (between words, or between
 * any two Han or kana characters); past `maxLines` the last line ends with "…".
 */
export function wrapText(text: string, maxPx: number, fontPx: number, maxLines = 3): string[] {
  // Japanese and Chinese break between any two characters; Korean, like English, only at
  // spaces (keep-all). A run of letters, digits or Hangul stays whole, with the one Han
  // character after it: "2日", "5億" and "12월 2일" never break inside.
  const tokens = text.match(BREAKS) ?? [];
  const lines: string[] = [];
  let line = '';
  const width = (s: string) => estimateTextWidth(s, fontPx);
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() === '' || width(next.trimEnd()) <= maxPx) {
      line = line.trim() === '' ? token.trimStart() : next;
      continue;
    }
    lines.push(line.trimEnd());
    line = /^\s+$/.test(token) ? '' : token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  // a single token wider than the line (a long URL) is cut across lines by characters
  const fitted = lines.flatMap((l) => (width(l) <= maxPx ? [l] : splitChars(l, maxPx, width)));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && width(`${last}…`) > maxPx) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

function splitChars(text: string, maxPx: number, width: (s: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && width(line + ch) > maxPx) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}

/** True when the text holds Han, kana or Hangul (for tests and for choosing wrap rules). */
export function hasWideText(text: string): boolean {
  return WIDE.test(text);
}
