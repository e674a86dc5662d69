import { createContext, useContext } from 'react';
import type { Dataset } from '../model/schema';
import type { Translation } from '../model/translations';
import type { Catalogue, Namespace } from './catalogue';
import type { Lang } from './lang';

/**
 * The language the page is drawn in, as the app's root derives it from the language store
 * (store/language-store.ts) with viewFor (app/view-for.ts), or as the prerender draws it.
 * Components read it from this context; to change it they ask the language store.
 */
export interface LangState {
  lang: Lang;
  /** the Japanese or Korean catalogue; null in English */
  catalogue: Catalogue | null;
  /** the English dataset the shown (translated) texts come from; null when nothing is translated */
  reference: Dataset | null;
  /** the translation the page shows (its texts beyond the dataset: the indicators' titles) */
  translation: Translation | null;
}

export const englishState: LangState = {
  lang: 'en',
  catalogue: null,
  reference: null,
  translation: null,
};

export const LangContext = createContext<LangState>(englishState);

export function useLang(): LangState {
  return useContext(LangContext);
}

/**
 * The messages of one namespace in the page's language. The caller passes the English
 * namespace it imports, so English strings travel with the code that shows them.
 */
export function useMessages<K extends Namespace>(ns: K, en: Catalogue[K]): Catalogue[K] {
  const { catalogue } = useContext(LangContext);
  return catalogue ? catalogue[ns] : en;
}

/** The same, outside React (exports, images): the catalogue of a LangState. */
export function messagesOf<K extends Namespace>(
  state: Pick<LangState, 'catalogue'>,
  ns: K,
  en: Catalogue[K],
): Catalogue[K] {
  return state.catalogue ? state.catalogue[ns] : en;
}
