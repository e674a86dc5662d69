/**
 * English messages of the page shell: dates and numbers, header, language and theme
 * switchers, notices, status words shared by several views. English is the reference
 * catalogue: ja/core.ts and ko/core.ts must have every key (the type checks it).
 * Imported only by modules on the first paint; each lazily loaded view has its own namespace.
 */
import type { DatePrecision } from '../../model/schema';
import { queryWarningText, type QueryWarning } from '../../derive/url-state';
import { formatCount } from '../numbers';

// Month names come from a table rather than Intl, as in ja/core.ts and ko/core.ts: creating
// Intl formatters costs tens of milliseconds on a slow phone during start-up, and the server
// that prerenders the page and every browser then write dates identically. Dates are read
// from the ISO string itself, so the reader's time zone never moves a day.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const longMonth = (iso: string) => MONTHS[+iso.slice(5, 7) - 1] ?? '';
/** 'Mar' for a month number 1..12 */
const shortMonth = (month: number) => (MONTHS[month - 1] ?? '').slice(0, 3);

/** '1 July 2019', 'July 2019', '2019': a date only as precise as the data knows it. */
function date(iso: string, precision: DatePrecision): string {
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return `${longMonth(iso)} ${iso.slice(0, 4)}`;
  return `${+iso.slice(8, 10)} ${longMonth(iso)} ${iso.slice(0, 4)}`;
}

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

export const core = {
  format: {
    /** a date only as precise as the data knows it: '1 July 2019', 'July 2019', '2019' */
    date,
    /** '27 Oct 2020' */
    shortDate: (iso: string): string =>
      `${+iso.slice(8, 10)} ${shortMonth(+iso.slice(5, 7))} ${iso.slice(0, 4)}`,
    /** 'March 2023' for '2023-03' */
    month: (yyyyMm: string): string => date(`${yyyyMm}-01`, 'month'),
    /** a month on an axis, for a month number 1..12: 'Mar' */
    monthTick: (month: number): string => shortMonth(month),
    /** a month on an axis with its year: 'Mar 2023' */
    monthYearTick: (month: number, year: number): string => `${shortMonth(month)} ${year}`,
    /** a year on an axis: '2023' */
    year: (year: number): string => String(year),
    number: (n: number): string => formatCount(n),
    /** 'A, B and C' */
    list: (items: string[]): string =>
      items.length <= 2
        ? items.join(' and ')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
    plural,
    events: (n: number) => plural(n, 'event', 'events'),
  },
  page: {
    siteName: 'Japan–South Korea Dispute Tracker',
    noscript:
      'This dashboard needs JavaScript for filters and the time cursor; the list below is the default view.',
    description:
      'Japan–South Korea Dispute Tracker: where each issue of the dispute stood on any date since the 2018 forced-labour ruling, with every event sourced.',
    skipToTimeline: 'Skip to the timeline',
    loadingDataset: 'Loading the dataset…',
    listingProblems: 'Listing the problems…',
    loadingTimeline: 'Loading the timeline…',
    openingEvent: 'Opening the event…',
    loadingIssueTracker: 'Loading the issue tracker…',
    loadingStory: 'Loading the story…',
    loadingComparison: 'Loading the comparison…',
    footerLead: 'Every event cites its sources; open an event to read them. Data:',
    jsonSchema: 'JSON Schema',
    feed: 'Feed of the latest events (Atom)',
  },
  header: {
    latestEvent: 'Latest event:',
    noEvents: 'No events yet',
    /** the day reports were searched through, formatted: 'No events recorded after 1 Mar 2026' */
    noEventsAfter: (date: string) => `No events recorded after ${date}`,
    sourcesChecked: 'Sources checked:',
    customDataset: 'custom dataset',
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark' },
  },
  language: {
    /** read aloud as the switcher's name; written in all three languages on purpose */
    groupLabel: 'Language · 言語 · 언어',
    switching: 'Changing the language…',
    failed: (reason: string) => `The language could not be changed: ${reason}`,
    /** shown on translated pages; empty in English */
    translationNote: '',
    englishOriginal: 'English original',
  },
  notices: {
    lead: 'Some parts of this link could not be used and were ignored:',
    dismiss: 'Dismiss',
    /** a part of the link that was ignored, and why */
    warning: (w: QueryWarning): string => queryWarningText(w),
    /** the notices past the first few, counted rather than listed */
    more: (n: number): string => `…and ${formatCount(n)} more`,
  },
  regions: {
    header: 'header',
    summary: 'where things stand',
    cursor: 'time cursor',
    filters: 'filters',
    timeline: 'timeline',
    detail: 'event detail',
    issues: 'issue tracker',
    checklist: 'summit checklist',
    barometer: 'relations barometer',
    indicators: 'indicators',
    embed: 'embedded timeline',
    story: 'story',
    compare: 'comparison',
    failed: (region: string, message: string) => `The ${region} could not be shown: ${message}`,
    partFailed: (message: string) => `This part could not be loaded: ${message}`,
    retry: 'Try again',
  },
  status: {
    issue: { escalating: 'Escalating', active: 'Active', easing: 'Easing', resolved: 'Resolved' },
    condition: { 'not-met': 'Not met', 'partly-met': 'Partly met', met: 'Met' },
    event: {
      planned: 'Planned',
      occurred: 'Took place',
      postponed: 'Postponed',
      cancelled: 'Cancelled',
    },
    side: { japan: 'Tokyo', korea: 'Seoul', china: 'Beijing', other: 'Other' } as Record<
      string,
      string
    >,
    /** an event's kind ('export-control' → 'export control'; the few acronyms in capitals) */
    kind: (kind: string): string =>
      ({ gsomia: 'GSOMIA', unesco: 'UNESCO', wto: 'WTO' })[kind] ?? kind.replace(/-/g, ' '),
    /**
     * The words before a condition's text: "Tokyo" for a stated condition, "Seoul’s demand
     * (not a stated condition for the summit)" for a demand no source ties to the summit.
     */
    demand: (who: string, side: string) =>
      `${side === 'other' ? 'A' : `${who}’s`} demand (not a stated condition for the summit)`,
  },
};
