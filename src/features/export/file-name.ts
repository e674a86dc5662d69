/**
 * A file name from the title and date, and for an image its size (`…-social.svg`,
 * `…-1200.png`), so that two sizes of one view never overwrite each other: ascii, lower
 * case, no spaces.
 */
export function exportFileName(title: string, asOf: string, ext: string, size?: string): string {
  const slug = title
    .replace(/[\u2010-\u2015]/g, '-')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return `${slug || 'timeline'}-${asOf}${size ? `-${size}` : ''}.${ext}`;
}
