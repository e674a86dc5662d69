/**
 * What the page shows, from what was loaded: the one function both the browser entry
 * (Root.tsx, from the language store) and the build's prerender (prerender-entry.tsx) draw
 * the app with, so the prerendered HTML and the element that hydrates it cannot drift apart.
 */
import type { Catalogue } from '../i18n/catalogue';
import type { LangState } from '../i18n/context';
import type { Lang, TranslatedLang } from '../i18n/lang';
import type { Translation } from '../model/translations';
import type { DataState } from '../store/dataset-context';
import type { Localiser } from '../store/language-store';

export interface LoadedTexts {
  /** the shown language's catalogue (null in English) */
  catalogue: Catalogue | null;
  /** the dataset's translations loaded so far */
  translations: Partial<Record<TranslatedLang, Translation>>;
  /** the code that applies them (null until the first one is loaded) */
  localiser: Localiser | null;
}

export interface View {
  data: DataState;
  lang: LangState;
}

/**
 * The data and language state the app is drawn with: the bundled dataset in the shown
 * language's texts, with every other loaded language's texts for search; a custom dataset
 * as it came (it has no translations). Pure.
 */
export function viewFor(data: DataState, lang: Lang, texts: LoadedTexts): View {
  const shown = lang === 'en' ? null : (texts.translations[lang] ?? null);
  const state: LangState = {
    lang,
    catalogue: lang === 'en' ? null : texts.catalogue,
    reference: null,
    translation: shown,
  };
  if (data.phase !== 'ready' || data.custom || !texts.localiser) return { data, lang: state };
  const { localiseDataset, otherLanguagesText } = texts.localiser;
  const loaded = Object.values(texts.translations);
  return {
    data: {
      ...data,
      dataset: localiseDataset(data.dataset, shown),
      searchText: otherLanguagesText(data.dataset, shown, loaded),
    },
    lang: { ...state, reference: shown ? data.dataset : null },
  };
}
