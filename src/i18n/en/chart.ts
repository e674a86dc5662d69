/** English messages of the chart namespace (the reference; ja/chart.ts and ko/chart.ts mirror it): the activity chart, loaded with Recharts after first paint. */

/*
 * Counts are written as plain digits in English on purpose: the result count ("100000 of
 * 100000 events") is what the end-to-end tests and earlier releases show.
 */
const events = (n: number) => (n === 1 ? 'event' : 'events');

export const chart = {
  activity: {
    caption:
      'Events per month, by issue (an event in two issues counts in each). Drag the handles below the bars to set the date range.',
    series: 'Events by issue',
    later: 'later',
    none: 'No events match the filters.',
    /** months come written out by core.format.month */
    summary: (total: number, from: string, to: string, busiest: string, most: number) =>
      `${total} ${events(total)} from ${from} to ${to}; the busiest month was ${busiest} with ${most}.`,
    shaded: (date: string) => ` Months after ${date} are shaded: not yet known on that date.`,
  },
};
