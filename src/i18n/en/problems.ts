/** English messages of the problems namespace (the reference; ja/problems.ts and ko/problems.ts mirror it). */
import { formatCount } from '../numbers';

const singular: Record<string, string> = {
  events: 'event',
  issues: 'issue',
  actors: 'actor',
  summits: 'summit',
};

export const problems = {
  /** the page's heading while a dataset loads or fails */
  siteName: 'Japan–South Korea Dispute Tracker',
  progress: {
    starting: 'Loading dataset…',
    /** megabytes come formatted; `total` is null when the size is not known */
    download: (received: string, total: string | null, checked: number) =>
      `Loading dataset: ${total === null ? `${received} MB` : `${received} of ${total} MB`}${
        checked ? ` — ${formatCount(checked)} events checked` : ''
      }`,
    parse: 'Reading the file…',
    check: (checked: number, total: number) =>
      `Checking ${formatCount(checked)} of ${formatCount(total)} events`,
    crossCheck: (events: number) => `Checking the links between ${formatCount(events)} events`,
  },
  /** the phase alone, announced to screen readers when it changes */
  phase: {
    loading: 'Loading the dataset',
    parse: 'Reading the file',
    check: 'Checking the events',
  },
  cancel: 'Cancel',
  cancelled: 'Loading was cancelled',
  /** around the cancelled file's address */
  nothingShownBefore: 'Nothing from ',
  nothingShownAfter: ' is shown.',
  useBundled: 'Use the bundled dataset instead',
  retry: 'Try again',
  /** a prerendered page whose data could not be loaded: it stays, and says what it lacks */
  bundledFailed: (reason: string) =>
    `The events could not be loaded (${reason}). The page below is as it was built; the filters, the time cursor and the charts need the data.`,
  /** the loaders' English titles of a failure, as the page shows them; others are shown as they are */
  titles: {
    'The dataset could not be loaded': 'The dataset could not be loaded',
    'The dataset does not follow the format': 'The dataset does not follow the format',
    'The dataset is not valid JSON': 'The dataset is not valid JSON',
    'The bundled dataset could not be loaded': 'The bundled dataset could not be loaded',
  } as Record<string, string>,
  found: (total: number) =>
    `${total === 1 ? 'One problem was found' : `${formatCount(total)} problems were found`}. Nothing from this file is shown.`,
  byKind: 'Problems by kind',
  otherKinds: (n: number) => `…and ${formatCount(n)} problems of other kinds.`,
  firstOnes: (n: number) => `The first ${formatCount(n)}`,
  eachOne: 'Each problem',
  more: (n: number) => `…and ${formatCount(n)} more.`,
  /** how often a kind of problem occurs: "3 times" */
  times: (n: number) => `${formatCount(n)} times`,
  /** "12,345 events"; `list` is the dataset's list: events, issues, actors, summits */
  items: (n: number, list: string) =>
    `${formatCount(n)} ${n === 1 ? (singular[list] ?? list) : list}`,
  /** "30,000 problems in 12,000 events", the second part made by `items` */
  problemsIn: (n: number, items: string) => `${formatCount(n)} problems in ${items}`,
};
