// The sizes an image is exported at: widths for articles, and a fixed-height social card.

export interface WidthPreset {
  id: string;
  label: string;
  width: number;
  /** fixed height for social cards; undefined = as tall as the content */
  height?: number;
}

/** The English labels; the export bar shows `exports.bar.presets[id]` in the page's language. */
export const widthPresets: WidthPreset[] = [
  { id: '600', label: 'Article, 600 px', width: 600 },
  { id: '800', label: 'Article, 800 px', width: 800 },
  { id: '1200', label: 'Wide, 1200 px', width: 1200 },
  { id: 'social', label: 'Social card, 1200 × 675', width: 1200, height: 675 },
];
