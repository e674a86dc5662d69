/**
 * The language the page is drawn in, and what it needs loaded: the Japanese and Korean
 * catalogues, the dataset's translations, and the dataset as loaded (English; the page shows
 * viewFor's localised form of it, derived, never stored). A store of its own beside the
 * tracker's: these are inputs the page loads, not choices to put in the URL or persist, and
 * the tracker store's state must stay equal to the prerendered default view for hydration.
 * The reader's remembered choice is the tracker store's `preferredLang`; `?lang=` is read
 * once at start (i18n/lang.ts resolveLang); `<html lang>` follows this store (app/follow-stores.ts, started by app/boot.tsx).
 */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand';
import { loadCatalogue, type Catalogue } from '../i18n/catalogue';
import { core as enCore } from '../i18n/en/core';
import type { Lang, TranslatedLang } from '../i18n/lang';
import type { localiseDataset, otherLanguagesText } from '../i18n/localise';
import type { Translation } from '../model/translations';
import type { DataState } from './dataset-context';
import { useTracker } from './tracker-store';

/** The code that puts translated texts in place: it comes with the first translation loaded. */
export interface Localiser {
  localiseDataset: typeof localiseDataset;
  otherLanguagesText: typeof otherLanguagesText;
}

/** Every language's texts for search: not asked for yet, on their way, in place, or failed. */
export type SearchTexts = 'idle' | 'loading' | 'ready' | 'failed';

export interface LanguageState {
  /** the language the page is drawn in */
  lang: Lang;
  /** the dataset as loaded (English texts) */
  data: DataState;
  catalogues: Partial<Record<TranslatedLang, Catalogue>>;
  translations: Partial<Record<TranslatedLang, Translation>>;
  localiser: Localiser | null;
  searchTexts: SearchTexts;
}

export interface LanguageActions {
  setData: (data: DataState) => void;
  /**
   * Loads what `lang` needs (its catalogue; its translation unless the dataset is a custom
   * one) and then shows it. On failure the shown language stays and the reader is told.
   */
  open: (lang: Lang, withTexts?: boolean) => Promise<boolean>;
  /** The switcher: opens a language and remembers it as the reader's choice. */
  switchTo: (lang: Lang) => Promise<boolean>;
  /** Search asks for every translation, once: then Japanese and Korean words match anywhere. */
  wantSearchTexts: () => Promise<void>;
}

export type LanguageStore = LanguageState & LanguageActions;

/** How the store gets what it loads (the browser's: chunks and data/translations/*.json). */
export interface LanguageLoaders {
  catalogue: (lang: TranslatedLang) => Promise<Catalogue>;
  texts: (lang: TranslatedLang) => Promise<{ translation: Translation; localiser: Localiser }>;
}

const TRANSLATED: readonly TranslatedLang[] = ['ja', 'ko'];

export const initialLanguageState: LanguageState = {
  lang: 'en',
  data: { phase: 'loading' },
  catalogues: {},
  translations: {},
  localiser: null,
  searchTexts: 'idle',
};

export function createLanguageStore(loaders: LanguageLoaders) {
  return createStore<LanguageStore>()((set, get) => {
    const isCustom = () => {
      const { data } = get();
      return data.phase === 'ready' && data.custom;
    };
    const loadTexts = async (lang: TranslatedLang) => {
      const { translation, localiser } = await loaders.texts(lang);
      set((s) => ({ translations: { ...s.translations, [lang]: translation }, localiser }));
    };
    const loadCatalogueOf = async (lang: TranslatedLang) => {
      const catalogue = await loaders.catalogue(lang);
      set((s) => ({ catalogues: { ...s.catalogues, [lang]: catalogue } }));
    };
    const tell = (error: unknown) => {
      const { lang, catalogues } = get();
      const core = (lang === 'en' ? null : catalogues[lang])?.core ?? enCore;
      useTracker
        .getState()
        .addNotices([{ kind: 'text', text: core.language.failed(String(error)) }]);
    };
    return {
      ...initialLanguageState,
      setData: (data) => set({ data }),
      open: async (lang, withTexts = !isCustom()) => {
        if (lang !== 'en') {
          const s = get();
          try {
            await Promise.all([
              s.catalogues[lang] ? undefined : loadCatalogueOf(lang),
              withTexts && !s.translations[lang] ? loadTexts(lang) : undefined,
            ]);
          } catch (error) {
            tell(error);
            return false;
          }
        }
        set({ lang });
        return true;
      },
      switchTo: async (lang) => {
        if (lang === get().lang) return true;
        const ok = await get().open(lang);
        if (ok) useTracker.getState().setPreferredLang(lang);
        return ok;
      },
      wantSearchTexts: async () => {
        const { searchTexts, translations } = get();
        if (searchTexts === 'loading' || searchTexts === 'ready' || isCustom()) return;
        set({ searchTexts: 'loading' });
        try {
          await Promise.all(TRANSLATED.filter((l) => !translations[l]).map(loadTexts));
          set({ searchTexts: 'ready' });
        } catch (error) {
          // search keeps working in the shown texts; the next use of search tries again
          set({ searchTexts: 'failed' });
          console.warn('[jk-tracker] translations for search could not be loaded:', error);
        }
      },
    };
  });
}

const baseUrl = import.meta.env.BASE_URL;

/** The page's language store. */
export const languageStore = createLanguageStore({
  catalogue: loadCatalogue,
  texts: async (lang) => {
    const localiser = await import('../i18n/localise');
    return { translation: await localiser.loadTranslation(baseUrl, lang), localiser };
  },
});

/**
 * One field of the language store, for components (select single fields, as with useTracker).
 * Hydration reads the store as it is, not as it was created (zustand's useStore would give
 * React the initial state as the server snapshot): by then the entry has put in it what the
 * prerender drew with, the page's language and the dataset.
 */
export function useLanguage<T>(selector: (s: LanguageStore) => T): T {
  const get = () => selector(languageStore.getState());
  return useSyncExternalStore(languageStore.subscribe, get, get);
}
