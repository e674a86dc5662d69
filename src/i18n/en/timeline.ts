/** English messages of the timeline namespace (the reference; ja/timeline.ts and ko/timeline.ts mirror it). */

/*
 * Counts are written as plain digits in English on purpose: the result count ("100000 of
 * 100000 events") is what the end-to-end tests and earlier releases show.
 */
const events = (n: number) => (n === 1 ? 'event' : 'events');

export const timeline = {
  view: {
    heading: 'Timeline',
    layout: 'Timeline layout',
    lanes: 'Lanes',
    list: 'List',
    loadingChart: 'Loading the activity chart…',
    loadingExports: 'Loading the export tools…',
  },
  lanes: {
    group: 'Events in lanes by issue',
    /** a lane's name: 'Export controls: 12 events' */
    lane: (issue: string, n: number) => `${issue}: ${n} events`,
    toolbar: 'Zoom and pan',
    earlier: 'Earlier (pan left)',
    later: 'Later (pan right)',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
    /** how many events lie outside the shown stretch of time (one of the two may be 0) */
    outside: (before: number, after: number) =>
      `${[before > 0 ? `${before} earlier` : '', after > 0 ? `${after} later` : '']
        .filter(Boolean)
        .join(' and ')} events outside this view`,
    hint: 'Arrow keys move between events · + / − zoom · Shift+arrows pan · Ctrl+wheel zooms, drag pans',
    /** the date under the cursor line */
    cursor: (date: string) => `As of ${date}`,
  },
  marker: {
    /** a marker's name: its date and title, then a note on its status if any */
    name: (date: string, title: string, note: string | null) =>
      `${date}: ${title}${note ? `, ${note}` : ''}`,
    /** the note for an event after the cursor date */
    later: (asOf: string) => `not yet known on ${asOf}`,
    /** a cluster's name */
    cluster: (n: number, from: string, to: string, later: number, asOf: string) =>
      `${n} events from ${from} to ${to}${later > 0 ? `, ${later} of them after ${asOf}` : ''}: zoom in`,
  },
  /** the word beside a marker's label (and in its name) for an event that is not plain history */
  statusWords: {
    planned: 'planned',
    postponed: 'postponed',
    cancelled: 'cancelled',
    later: 'not yet known',
  },
  list: {
    region: 'Events as a list',
    items: (n: number, order: 'newest' | 'oldest') =>
      `${n} ${events(n)}, ${order === 'newest' ? 'newest' : 'oldest'} first`,
    /** the switch between the two orders */
    order: 'Order',
    newest: 'Newest first',
    oldest: 'Oldest first',
    /** newest first, the heading above the events not yet known on the cursor date */
    laterHeading: (date: string) => `After ${date}: not yet known then`,
    /** a landmark event (significance 3), marked in words */
    landmark: 'Landmark',
    empty: 'No events match these filters.',
    later: 'Not yet known',
    /**
     * an event not yet held on the cursor date, as it stood then: the row's date is that of
     * its latest status (announced, put off), never the day it was finally held
     */
    statusOn: {
      planned: (date: string) => `planned as of ${date}`,
      postponed: (date: string) => `postponed on ${date}`,
      cancelled: (date: string) => `cancelled on ${date}`,
    },
  },
};
