/**
 * Text bound for XML (the Atom feed, the exported SVG): XML 1.0 forbids most control
 * characters, lone surrogates and U+FFFE/U+FFFF, and a single one (a vertical tab pasted
 * into a title, say) makes the whole file unreadable to every XML parser. One function
 * serves every writer so that none forgets a case.
 */

/** `text` without the characters XML 1.0 forbids (tab, newline and return stay). */
export function xmlSafeText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    '',
  );
}

/** Text for XML character data and attribute values: escaped, with characters XML 1.0 forbids removed. */
export function xmlEscape(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
