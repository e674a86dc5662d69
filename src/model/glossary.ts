/**
 * The translators' glossary as data (data/translations/glossary.json; GLOSSARY.md beside it
 * explains each choice): terms ruled out of the Japanese and Korean texts, and the leaders who
 * must be named in full before a summary calls them by surname and title. `glossaryProblems`
 * checks a translation file against it; `npm run validate:data` runs it on the bundled files.
 */
import { z } from 'zod';
import type { Problem } from './problems';

const Lang = z.enum(['ja', 'ko']);

export const Glossary = z.object({
  ruledOut: z.array(
    z.object({
      lang: Lang,
      term: z.string().min(1),
      /** what the dataset writes instead */
      use: z.string().min(1),
      why: z.string().min(1),
    }),
  ),
  /** In a summary, `full` (the full name) comes before `short` (surname and title). */
  leaders: z.array(z.object({ lang: Lang, short: z.string().min(1), full: z.string().min(1) })),
});
export type Glossary = z.infer<typeof Glossary>;

/**
 * Quoted words are someone else's (a ruling, a party, a slogan) and may use any term:
 * 「」『』“”‘’ and straight double quotes are blanked out before the terms are looked for.
 */
const QUOTED = /「[^」]*」|『[^』]*』|“[^”]*”|‘[^’]*’|"[^"]*"/g;

export function outsideQuotes(text: string): string {
  return text.replace(QUOTED, (m) => ' '.repeat(m.length));
}

/**
 * Where `term` stands as a word of its own in `text`. A Korean term is a word-group: a match
 * preceded by a Hangul syllable is part of another word ("…이 대통령" after "당선인"), so it
 * does not count. Japanese has no spaces, so any occurrence counts.
 */
export function findTerm(text: string, term: string, lang: 'ja' | 'ko'): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0 || lang === 'ja') return at;
    if (at === 0 || !/[\uAC00-\uD7A3]/.test(text[at - 1]!)) return at;
    from = at + 1;
  }
}

/** Every text of a translation file with its path, except the translators' own notes. */
function texts(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value))
      if (key !== 'notes' && key !== 'lang') texts(v, path ? `${path}.${key}` : key, out);
  return out;
}

/**
 * Ruled-out terms used outside quotations, and leaders called by surname and title in a
 * summary before their full name appears there.
 */
export function glossaryProblems(translation: unknown, lang: 'ja' | 'ko', g: Glossary): Problem[] {
  const problems: Problem[] = [];
  const ruled = g.ruledOut.filter((r) => r.lang === lang);
  const leaders = g.leaders.filter((l) => l.lang === lang);
  for (const [path, text] of texts(translation, '', [])) {
    const plain = outsideQuotes(text);
    for (const r of ruled)
      if (findTerm(plain, r.term, lang) >= 0)
        problems.push({ path, message: `“${r.term}” is ruled out (GLOSSARY.md): use ${r.use}` });
    if (!path.endsWith('.summary')) continue;
    for (const l of leaders) {
      const short = findTerm(plain, l.short, lang);
      if (short < 0) continue;
      const full = plain.indexOf(l.full);
      if (full < 0 || full > short)
        problems.push({
          path,
          message: `“${l.short}” before the full name “${l.full}” (GLOSSARY.md: name leaders in full first)`,
        });
    }
  }
  return problems;
}
