import { textInTurns } from '../model/read-in-turns';
import type { Translation } from '../model/translations';
import type { TranslatedLang } from './lang';

const cache = new Map<TranslatedLang, Promise<Translation>>();

/**
 * The Japanese or Korean texts of the bundled dataset (data/translations/<lang>.json, served
 * beside dataset.json), fetched once. They are checked at build by `npm run validate:data`;
 * a file that does not answer or is not JSON rejects, and the page stays in its language.
 */
export function loadTranslation(
  baseUrl: string,
  lang: TranslatedLang,
  fetchImpl: typeof fetch = fetch,
): Promise<Translation> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = fetchImpl(`${baseUrl}data/translations/${lang}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      // decoded a piece at a time, the page given a turn between (see read-in-turns.ts)
      const pieces: string[] = [];
      await textInTurns(response, (piece) => void pieces.push(piece));
      const t = JSON.parse(pieces.join('')) as Translation;
      if (t?.lang !== lang || typeof t.events !== 'object')
        throw new Error(`data/translations/${lang}.json is not a ${lang} translation`);
      return t;
    });
    // a failure is not remembered: the next try fetches again
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}
