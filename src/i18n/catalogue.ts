/**
 * One typed message catalogue per language, split by namespace. English is the reference:
 * each English namespace is imported by the modules that use it, so a lazily loaded view
 * brings its own English strings and the first paint carries only the shell's. Japanese and
 * Korean are each one module (all namespaces), loaded only when that language is shown.
 * The types come from the English objects, so a missing key in ja or ko fails `tsc`, and
 * tests/unit/catalogue.test.ts compares the three key by key at run time too.
 */
import type { chart } from './en/chart';
import type { core } from './en/core';
import type { exports } from './en/exports';
import type { filters } from './en/filters';
import type { graphics } from './en/graphics';
import type { indicators } from './en/indicators';
import type { panels } from './en/panels';
import type { problems } from './en/problems';
import type { summary } from './en/summary';
import type { timeline } from './en/timeline';
import type { TranslatedLang } from './lang';

export interface Catalogue {
  core: typeof core;
  timeline: typeof timeline;
  filters: typeof filters;
  chart: typeof chart;
  panels: typeof panels;
  indicators: typeof indicators;
  exports: typeof exports;
  problems: typeof problems;
  graphics: typeof graphics;
  summary: typeof summary;
}

export type Namespace = keyof Catalogue;

const loaded = new Map<TranslatedLang, Catalogue>();

/** The Japanese or Korean catalogue, once loaded (null before). */
export function loadedCatalogue(lang: TranslatedLang): Catalogue | null {
  return loaded.get(lang) ?? null;
}

/** Loads the Japanese or Korean catalogue (one small chunk each). */
export async function loadCatalogue(lang: TranslatedLang): Promise<Catalogue> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  const { catalogue } = await (lang === 'ja' ? import('./ja/index') : import('./ko/index'));
  loaded.set(lang, catalogue);
  return catalogue;
}
