import { dateFromDayNumber, dayNumber } from '../../derive/dates';
import type { EventAsOf } from '../../derive/event-status';
import type { Filters } from '../../derive/filter';
import { namesOf } from '../../derive/names';
import type { Dataset } from '../../model/schema';
import type { Catalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import { creditLine, imageSubtitle, viewSubject } from '../common/card-text';
import { chosenLanes, fitDomain, type Domain, type LaneChoice } from '../lanes';
import type { CardInput } from './card-svg';
import type { WidthPreset } from './image-sizes';

/** The messages an image is written with, in the page's language. */
export interface ImageWords {
  exports: Catalogue['exports'];
  core: Catalogue['core'];
  timeline: Catalogue['timeline'];
  graphics: Catalogue['graphics'];
}

/** What the reader chose in the editorial frame. */
export interface ImageChoices {
  preset: WidthPreset;
  /** null: the default headline (what the filters show) */
  headline: string | null;
  standfirst: string;
  /** Lines the standfirst may take (see CardInput). */
  standfirstLines?: number;
  lanes: LaneChoice;
  /** The span on screen when the reader zoomed or panned the lanes; null: the default span. */
  span?: Domain | null;
}

/**
 * The time an image shows: the span the reader has on screen when the lanes are zoomed or
 * panned (`span`), else the page's default span (from the data's defaultFrom).
 */
export function imageDomain(
  items: readonly EventAsOf[],
  meta: Dataset['meta'],
  span: Domain | null = null,
): Domain {
  return (
    span ?? fitDomain(items, { from: meta.coverage.from, to: meta.lastUpdated }, meta.defaultFrom)
  );
}

/**
 * The years a headline names: from the first to the last event known on the cursor date
 * that the image draws. Drawn means inside the span on screen when one is given; else from
 * the data's defaultFrom on (the default span fits those events; an older one that falls
 * in its margin does not move the headline's first year). With no such event, the span's
 * own years, up to the cursor's.
 */
export function headlineYears(
  items: readonly EventAsOf[],
  meta: Dataset['meta'],
  asOf: string,
  span: Domain | null = null,
): { from: number; to: number } {
  const from = meta.defaultFrom;
  const focus = from && items.some((it) => it.event.date >= from) ? dayNumber(from) : -Infinity;
  const [lo, hi] = span ? [span.start, span.end] : [focus, Infinity];
  let first = Infinity;
  let last = -Infinity;
  for (const it of items) {
    if (it.status === null || it.day < lo || it.day > hi) continue;
    first = Math.min(first, it.day);
    last = Math.max(last, it.day);
  }
  const year = (day: number) => +dateFromDayNumber(Math.floor(day)).slice(0, 4);
  const asOfYear = +asOf.slice(0, 4);
  if (Number.isFinite(first)) return { from: year(first), to: Math.min(year(last), asOfYear) };
  if (!span) return { from: asOfYear, to: asOfYear };
  const to = Math.min(year(span.end), asOfYear);
  return { from: Math.min(year(span.start), to), to };
}

/** The default headline of the image of this view: what the filters show, and when. */
export function imageHeadline(
  filters: Filters,
  dataset: Dataset,
  items: readonly EventAsOf[],
  asOf: string,
  words: Pick<ImageWords, 'graphics'>,
  span: Domain | null = null,
): string {
  const { from, to } = headlineYears(items, dataset.meta, asOf, span);
  return words.graphics.frame.headlineOf(viewSubject(filters, dataset, words), from, to);
}

/** Everything the SVG card needs, from the view, the reader's choices and the messages. Pure. */
export function imageCardInput(view: {
  dataset: Dataset;
  items: EventAsOf[];
  filters: Filters;
  asOf: string;
  lang: Lang;
  permalink: string;
  choices: ImageChoices;
  words: ImageWords;
}): CardInput {
  const { dataset, items, filters, asOf, words, choices } = view;
  const domain = imageDomain(items, dataset.meta, choices.span ?? null);
  const names = namesOf(dataset);
  const lanes = chosenLanes(items, dataset.issues, filters.issues, choices.lanes).map((issue) => ({
    issue,
    name: names.issues.get(issue) ?? issue,
    colorIndex: names.issueIndex.get(issue) ?? 0,
  }));
  const shown = new Set(lanes.map((l) => l.issue));
  const drawn = items.filter((it) => it.event.issues.some((id) => shown.has(id)));
  const date = words.core.format.shortDate;
  return {
    width: choices.preset.width,
    height: choices.preset.height,
    lang: view.lang,
    headline:
      choices.headline ?? imageHeadline(filters, dataset, items, asOf, words, choices.span ?? null),
    standfirst: choices.standfirst,
    standfirstLines: choices.standfirstLines,
    subtitle: imageSubtitle(
      filters,
      asOf,
      dataset,
      drawn.filter((i) => i.status !== null).length,
      words,
    ),
    words: {
      planned: words.exports.card.planned,
      later: drawn.some((i) => i.status === null) ? words.exports.card.later(date(asOf)) : null,
      grouped: words.exports.card.grouped,
      cursor: words.timeline.lanes.cursor(date(asOf)),
      credit: creditLine(dataset, words),
      source: words.graphics.frame.source(view.permalink),
    },
    lanes: {
      items: drawn,
      lanes,
      asOf,
      domain,
      selected: null,
      words: words.timeline.statusWords,
      tickFormat: words.core.format,
    },
  };
}
