import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import bundled from '../../data/dataset.json';
import jaTranslation from '../../data/translations/ja.json';
import koTranslation from '../../data/translations/ko.json';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { englishState, LangContext, type LangState } from '../../src/i18n/context';
import type { Lang } from '../../src/i18n/lang';
import { localiseDataset, otherLanguagesText } from '../../src/i18n/localise';
import type { Dataset } from '../../src/model/schema';
import type { Translation } from '../../src/model/translations';
import { DataContext } from '../../src/store/dataset-context';
import { languageStore } from '../../src/store/language-store';
import { useTracker } from '../../src/store/tracker-store';

export const dataset = bundled as unknown as Dataset;
export const translations = {
  ja: jaTranslation as unknown as Translation,
  ko: koTranslation as unknown as Translation,
};

/** Renders a view with the bundled dataset and a fresh store. */
export function renderWithData(
  ui: ReactElement,
  data: Dataset = dataset,
  lang?: LangState,
  searchText?: readonly string[],
) {
  return render(
    <LangContext.Provider value={lang ?? englishState}>
      <DataContext.Provider value={{ phase: 'ready', dataset: data, custom: false, searchText }}>
        {ui}
      </DataContext.Provider>
    </LangContext.Provider>,
  );
}

/**
 * The language state and dataset the app gives a page in `lang`: the catalogue, the bundled
 * dataset with that language's texts, every language searchable, the English as reference.
 */
export async function languageSetup(
  lang: Lang,
  data: Dataset = dataset,
): Promise<{ state: LangState; dataset: Dataset; searchText?: readonly string[] }> {
  const all = [translations.ja, translations.ko];
  if (lang === 'en')
    return { state: englishState, dataset: data, searchText: otherLanguagesText(data, null, all) };
  const state: LangState = {
    ...englishState,
    lang,
    catalogue: await loadCatalogue(lang),
    reference: data,
    translation: translations[lang],
  };
  return {
    state,
    dataset: localiseDataset(data, translations[lang]),
    searchText: otherLanguagesText(data, translations[lang], all),
  };
}

/** Renders a view as a reader of `lang` sees it (see languageSetup). */
export async function renderIn(lang: Lang, ui: ReactElement) {
  const { state, dataset: shown, searchText } = await languageSetup(lang);
  return renderWithData(ui, shown, state, searchText);
}

/**
 * Both stores as a fresh page has them, except that search has nothing to wait for: a view
 * here searches the texts it is rendered with (renderIn gives every language's), and the
 * wait for translations is the language store's own test and the search journey's.
 */
export function resetStore() {
  useTracker.setState(useTracker.getInitialState(), true);
  languageStore.setState(languageStore.getInitialState(), true);
  languageStore.setState({ searchTexts: 'ready' });
}
