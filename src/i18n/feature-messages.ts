import { useLang } from './context';
import type { Lang } from './lang';

/** A namespace in every language, for a feature that loads as its own chunk. */
export type FeatureMessages<T> = Record<Lang, T>;

/**
 * The messages of a namespace that travels with its lazily loaded feature (story, compare)
 * rather than in the per-language catalogue, whose chunk every Japanese or Korean page loads
 * at first paint. tests/unit/feature-messages.test.ts checks the three languages key by key,
 * as catalogue.test.ts does for the catalogue.
 */
export function useFeatureMessages<T>(messages: FeatureMessages<T>): T {
  return messages[useLang().lang];
}
