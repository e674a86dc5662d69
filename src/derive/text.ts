/** Case- and accent-insensitive form of a string, for search. */
export function foldText(value: string): string {
  // plain ASCII has nothing to decompose and no marks to drop: the same answer, some five
  // times sooner (search texts of 100,000 events are built on the first search)
  if (ASCII.test(value)) return value.toLowerCase();
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** No code unit above U+007F (written so: a control character in a regular expression reads as a slip). */
const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * Marks that join the parts of one word and that writers put in or leave out: hyphens and
 * short dashes ("white-list"), the katakana middle dot ("ホワイト・リスト"). Search drops them
 * on both sides, so "white-list" and "whitelist" are one word.
 */
const JOINERS = /[-\u2010\u2011\u2012\u2013\u30fb\uff65]/g;
/** Between an event's text and its word pairs in its search text (never typed: see queryTerms). */
const PAIRS = '\u0000';
/** Before each word pair: a query word finds a pair only from its start. */
const PAIR = '\u0001';

/** Folded, without joiners: the form in which texts and queries are compared. */
export function searchForm(value: string): string {
  return foldText(value).replace(JOINERS, '');
}

/**
 * The text an event is searched by: its search form, then every two adjacent words written
 * together, each from its start, so that "whitelist" finds "white list" as it finds
 * "white-list" ("white list" finds all three anyway: each word is a part of "whitelist").
 * A pair is found only from its start: "kono" does not find "Seiko Nomura".
 */
export function searchTextOf(value: string): string {
  const text = searchForm(value);
  // in ASCII (lower case after searchForm) letters and digits are a–z and 0–9
  const words = text
    .split(ASCII.test(text) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  let pairs = '';
  for (let i = 1; i < words.length; i++) pairs += `${PAIR}${words[i - 1]}${words[i]}`;
  return `${text}${PAIRS}${pairs}`;
}

/** Whether a search text (searchTextOf) has a query term, in the text or at a pair's start. */
export function hasTerm(searchText: string, term: string): boolean {
  const at = searchText.indexOf(term);
  if (at < 0) return false;
  const end = searchText.indexOf(PAIRS);
  return at < end || searchText.includes(PAIR + term, end);
}

/** Splits a query into words in search form; every word must match (AND). */
export function queryTerms(query: string): string[] {
  return (
    searchForm(query)
      // control characters are never text: they mark the parts of a search text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]/g, ' ')
      .split(/\s+/)
      .filter((term) => term.length > 0)
  );
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Marks every match of `term` in a folded haystack; false when there is none. */
function markTerm(haystack: string, owner: readonly number[], term: string, marked: boolean[]) {
  let from = 0;
  let found = false;
  for (;;) {
    const at = haystack.indexOf(term, from);
    if (at < 0) return found;
    for (let k = at; k < at + term.length; k++) marked[owner[k] ?? 0] = true;
    from = at + term.length;
    found = true;
  }
}

/**
 * Splits `text` into runs that do and do not match any query term, for highlighting.
 * Works on search-form text so "kono" highlights "Kōno" and "whitelist" highlights
 * "white-list"; a term found nowhere else is looked for across spaces too ("white list").
 * Folding can change string length (NFKD), so offsets are mapped back character by character.
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  // fold each source character separately so folded offsets map back to source offsets
  const chars = Array.from(text);
  const folded: string[] = [];
  const owner: number[] = [];
  const joinedOwner: number[] = [];
  let joined = '';
  chars.forEach((ch, i) => {
    const f = searchForm(ch);
    folded.push(f);
    // one owner per UTF-16 unit, because indexOf below counts units, not code points
    for (let k = 0; k < f.length; k++) owner.push(i);
    if (/\s/.test(f)) return;
    joined += f;
    for (let k = 0; k < f.length; k++) joinedOwner.push(i);
  });
  const haystack = folded.join('');
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    if (!markTerm(haystack, owner, term, marked)) markTerm(joined, joinedOwner, term, marked);
  }
  // a hyphen or a space inside a match is part of it ("white-list" is one run)
  for (let i = 1; i < chars.length - 1; i++) {
    const filler = folded[i] === '' || /^\s+$/.test(folded[i] ?? '');
    if (filler && marked[i - 1] && marked[i + 1]) marked[i] = true;
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

/**
 * Why an event matched a query, for its row in the list: the first of `texts` (in the order
 * given: summary, actor names, other languages) where a query term is found, cut to about
 * `radius` characters either side of the first match, with "…" where it was cut. Null when
 * none has a match (or the query is empty).
 */
export function matchSnippet(texts: readonly string[], query: string, radius = 60): string | null {
  for (const text of texts) {
    const segments = highlightSegments(text, query);
    let at = 0;
    const hit = segments.find((s) => {
      if (s.match) return true;
      at += s.text.length;
      return false;
    });
    if (!hit) continue;
    // cut at spaces where there are any, so that words stay whole
    let start = Math.max(0, at - radius);
    let end = Math.min(text.length, at + hit.text.length + radius);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space >= 0 && space < at) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > at + hit.text.length) end = space;
    }
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  }
  return null;
}
