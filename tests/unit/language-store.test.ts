import { beforeEach, describe, expect, it, vi } from 'vitest';
import bundled from '../../data/dataset.json';
import type { Catalogue } from '../../src/i18n/catalogue';
import type { TranslatedLang } from '../../src/i18n/lang';
import type { Dataset } from '../../src/model/schema';
import type { Translation } from '../../src/model/translations';
import { createLanguageStore, type Localiser } from '../../src/store/language-store';
import { useTracker } from '../../src/store/tracker-store';

const dataset = bundled as unknown as Dataset;
const catalogue = (lang: TranslatedLang) =>
  ({ core: { language: { failed: (e: string) => `${lang}: ${e}` } } }) as unknown as Catalogue;
const translation = (lang: TranslatedLang) => ({ lang, events: {} }) as unknown as Translation;
const localiser = {} as Localiser;

/** A store whose loaders answer at once (or fail for the languages in `failing`), counting calls. */
function setup(failing: TranslatedLang[] = []) {
  const calls = { catalogue: [] as string[], texts: [] as string[] };
  const store = createLanguageStore({
    catalogue: async (lang) => {
      calls.catalogue.push(lang);
      if (failing.includes(lang)) throw new Error('offline');
      return catalogue(lang);
    },
    texts: async (lang) => {
      calls.texts.push(lang);
      if (failing.includes(lang)) throw new Error('offline');
      return { translation: translation(lang), localiser };
    },
  });
  return { store, calls };
}

beforeEach(() => useTracker.setState(useTracker.getInitialState(), true));

describe('the language store', () => {
  it('starts in English with nothing loaded', () => {
    const { store } = setup();
    expect(store.getState()).toMatchObject({
      lang: 'en',
      data: { phase: 'loading' },
      catalogues: {},
      translations: {},
      localiser: null,
      searchTexts: 'idle',
    });
  });

  it('opens a language once its catalogue and texts are loaded', async () => {
    const { store, calls } = setup();
    const opening = store.getState().open('ja');
    // nothing is shown in Japanese before the Japanese words are there
    expect(store.getState().lang).toBe('en');
    expect(await opening).toBe(true);
    expect(store.getState().lang).toBe('ja');
    expect(store.getState().catalogues.ja).toBeDefined();
    expect(store.getState().translations.ja?.lang).toBe('ja');
    expect(store.getState().localiser).toBe(localiser);
    // a second visit loads nothing again
    await store.getState().open('en');
    await store.getState().open('ja');
    expect(calls).toEqual({ catalogue: ['ja'], texts: ['ja'] });
  });

  it('loads no translation for a custom dataset, which has none', async () => {
    const { store, calls } = setup();
    store.getState().setData({ phase: 'ready', dataset, custom: true });
    await store.getState().open('ko');
    expect(store.getState().lang).toBe('ko');
    expect(calls).toEqual({ catalogue: ['ko'], texts: [] });
  });

  it('stays in its language and says why when a language cannot be loaded', async () => {
    const { store } = setup(['ko']);
    expect(await store.getState().open('ko')).toBe(false);
    expect(store.getState().lang).toBe('en');
    expect(useTracker.getState().notices).toEqual([
      { kind: 'text', text: expect.stringContaining('offline') },
    ]);
  });

  it('says why in the language shown, and tries anew when asked again', async () => {
    let offline = true;
    const store = createLanguageStore({
      catalogue: async (lang) => {
        if (lang === 'ko' && offline) throw new Error('offline');
        return catalogue(lang);
      },
      texts: async (lang) => ({ translation: translation(lang), localiser }),
    });
    await store.getState().open('ja');
    expect(await store.getState().open('ko')).toBe(false);
    // the notice comes from the Japanese catalogue the page is drawn in
    expect(useTracker.getState().notices).toEqual([{ kind: 'text', text: 'ja: Error: offline' }]);
    offline = false;
    expect(await store.getState().open('ko')).toBe(true);
    expect(store.getState().lang).toBe('ko');
  });

  it('remembers the switcher’s choice, and only a choice that worked', async () => {
    const { store } = setup(['ko']);
    await store.getState().switchTo('ja');
    expect(useTracker.getState().preferredLang).toBe('ja');
    await store.getState().switchTo('ko');
    expect(useTracker.getState().preferredLang).toBe('ja');
    expect(store.getState().lang).toBe('ja');
  });
});

describe('texts for search', () => {
  it('loads every translation not yet loaded, once, saying when they are in place', async () => {
    const { store, calls } = setup();
    await store.getState().open('ja');
    const wanting = store.getState().wantSearchTexts();
    expect(store.getState().searchTexts).toBe('loading');
    await wanting;
    expect(store.getState().searchTexts).toBe('ready');
    expect(Object.keys(store.getState().translations).sort()).toEqual(['ja', 'ko']);
    await store.getState().wantSearchTexts();
    expect(calls.texts).toEqual(['ja', 'ko']);
  });

  it('asks nothing for a custom dataset', async () => {
    const { store, calls } = setup();
    store.getState().setData({ phase: 'ready', dataset, custom: true });
    await store.getState().wantSearchTexts();
    expect(store.getState().searchTexts).toBe('idle');
    expect(calls.texts).toEqual([]);
  });

  it('fails quietly for the reader and tries again on the next search', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, calls } = setup(['ko']);
    await store.getState().wantSearchTexts();
    expect(store.getState().searchTexts).toBe('failed');
    expect(useTracker.getState().notices).toEqual([]);
    await store.getState().wantSearchTexts();
    expect(calls.texts.filter((l) => l === 'ko')).toHaveLength(2);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
