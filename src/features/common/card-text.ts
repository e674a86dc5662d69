import type { Dataset } from '../../model/schema';
import { describeFilters, type Filters } from '../../derive/filter';
import { latestEventDate } from '../../derive/event-status';
import { namesOf } from '../../derive/names';
import type { Catalogue } from '../../i18n/catalogue';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';

/*
 * The words a timeline carries when it travels on its own (an image, an embed): what the
 * filters show, and the credit line.
 */

/** The messages exports write with: this namespace's and the shared formats (dates, counts). */
export interface ExportWords {
  exports: Catalogue['exports'];
  core: Catalogue['core'];
}

export const englishWords: ExportWords = { exports: enExports, core: enCore };

/** The subtitle drawn into images: filters and date range in words. */
export function imageSubtitle(
  filters: Filters,
  asOf: string,
  dataset: Dataset,
  count: number,
  words: ExportWords = englishWords,
): string {
  return words.exports.card.subtitle(
    filtersInWords(filters, dataset, words),
    words.core.format.events(count),
    words.core.format.shortDate(asOf),
  );
}

/** The filters in words, with issue and actor names as the dataset (in the page's language) gives them. */
export function filtersInWords(
  filters: Filters,
  dataset: Dataset,
  words: ExportWords = englishWords,
): string {
  return describeFilters(filters, namesOf(dataset), words.exports.filters);
}

/** The credit drawn into images: the latest event and the day sources were checked, apart. */
export function creditLine(dataset: Dataset, words: ExportWords = englishWords): string {
  const latest = latestEventDate(dataset.events);
  const checked = dataset.meta.sourcesCheckedOn ?? dataset.meta.lastUpdated;
  const { card } = words.exports;
  const date = words.core.format.shortDate;
  return [
    dataset.meta.credit,
    latest ? card.latestEvent(date(latest)) : null,
    card.sourcesChecked(date(checked)),
    dataset.meta.licence,
  ]
    .filter(Boolean)
    .join(card.separator);
}

/**
 * What a view shows, for a headline: the filtered issues by name (up to two), else the
 * dispute as a whole. Never the product's name.
 */
export function viewSubject(
  filters: Filters,
  dataset: Dataset,
  words: { graphics: Catalogue['graphics'] },
): string {
  const names = namesOf(dataset).issues;
  const issues = filters.issues.map((id) => names.get(id) ?? id);
  return issues.length > 0 && issues.length <= 2
    ? issues.join(' · ')
    : words.graphics.frame.wholeDispute;
}
