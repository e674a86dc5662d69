import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_COLOURS, issueColorVar } from '../../src/features/common/labels';

const css = readFileSync(resolve(import.meta.dirname, '../../src/app/app.css'), 'utf8');
const dataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8'),
) as { issues: unknown[] };

/** The custom properties declared in the first block that follows `selector`. */
function block(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  expect(start, `${selector} in app.css`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  const vars = new Map<string, string>();
  for (const m of css.slice(open + 1, close).matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi))
    vars.set(m[1]!, m[2]!.toLowerCase());
  return vars;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIE L*a*b* of an sRGB colour (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: how far apart two colours look, 2.3 being just noticeable. */
function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const themes: [string, string][] = [
  ['light', ':root {'],
  ['dark (system)', ":root:not([data-theme='light'])"],
  ['dark (chosen)', ":root[data-theme='dark']"],
];

describe('issue colours', () => {
  it('there is one for every issue of the bundled dataset', () => {
    expect(dataset.issues.length).toBeLessThanOrEqual(ISSUE_COLOURS);
    expect(issueColorVar(13)).toBe('var(--issue-13)');
    expect(issueColorVar(ISSUE_COLOURS)).toBe('var(--issue-0)');
  });

  it.each(themes)('%s: each meets 3:1 against the surface and the page', (_name, selector) => {
    const vars = block(selector);
    const surface = vars.get('--surface')!;
    const bg = vars.get('--bg')!;
    for (let i = 0; i < ISSUE_COLOURS; i++) {
      const colour = vars.get(`--issue-${i}`);
      expect(colour, `--issue-${i}`).toBeDefined();
      expect(contrast(colour!, surface), `--issue-${i} on --surface`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour!, bg), `--issue-${i} on --bg`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(themes)('%s: no two are closer than CIE76 ΔE 20 (no near-twins)', (_name, selector) => {
    const vars = block(selector);
    const colours = Array.from({ length: ISSUE_COLOURS }, (_, i) => vars.get(`--issue-${i}`)!);
    for (let i = 0; i < ISSUE_COLOURS; i++)
      for (let j = 0; j < i; j++)
        expect(
          deltaE(colours[i]!, colours[j]!),
          `--issue-${j} ${colours[j]} and --issue-${i} ${colours[i]}`,
        ).toBeGreaterThanOrEqual(20);
  });
});
