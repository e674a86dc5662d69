/** Case- and accent-insensitive form of a string, for search. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits a query into folded words; every word must match (AND). */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs that do and do not match any query term, for highlighting.
 * Works on folded text so "kono" highlights "Kōno"; folding can change string length
 * (NFKD), so offsets are mapped back character by character.
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  // fold each source character separately so folded offsets map back to source offsets
  const chars = Array.from(text);
  const folded: string[] = [];
  const owner: number[] = [];
  chars.forEach((ch, i) => {
    const f = foldText(ch);
    folded.push(f);
    // one owner per UTF-16 unit, because indexOf below counts units, not code points
    for (let k = 0; k < f.length; k++) owner.push(i);
  });
  const haystack = folded.join('');
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      for (let k = at; k < at + term.length; k++) marked[owner[k] ?? 0] = true;
      from = at + term.length;
    }
  }
  const segments: TextSegment[] = [];
  chars.forEach((ch, i) => {
    const match = marked[i] ?? false;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += ch;
    else segments.push({ text: ch, match });
  });
  return segments;
}
