/**
 * Images of a piece of the page as it is drawn (the indicator cards), loaded on demand so
 * that modern-screenshot stays off the first paint. The timeline's images do not come
 * from here: they are drawn as SVG from the lanes' layout (card-svg.ts).
 */
import { domToForeignObjectSvg, domToPng } from 'modern-screenshot';

export { download, saveUrl } from './export-files';

/**
 * The images use the fonts this computer has (the CSS stacks name Japanese and Korean system
 * fonts): `font: false` stops modern-screenshot from fetching and embedding any web font, so
 * making an image never downloads a font from another origin.
 */
export const captureFonts = { font: false } as const;

export async function nodeToPng(node: HTMLElement): Promise<string> {
  await document.fonts?.ready;
  return domToPng(node, {
    scale: 2,
    backgroundColor: getComputedStyle(node).backgroundColor,
    ...captureFonts,
  });
}

/** A vector SVG whose text stays text (searchable, and the credit line survives cropping tools). */
export async function nodeToSvg(node: HTMLElement): Promise<string> {
  await document.fonts?.ready;
  const svg = await domToForeignObjectSvg(node, {
    backgroundColor: getComputedStyle(node).backgroundColor,
    ...captureFonts,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
