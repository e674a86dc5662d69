/**
 * English messages of the activity chart's axis (the reference; ja/activity.ts and
 * ko/activity.ts mirror it). They travel with the chart's chunk (timeline/activity-messages.ts),
 * not in the catalogue every page loads at first paint.
 */
export const activity = {
  /** over the stretch before the first counted month, when the lanes reach back before it */
  uncounted: 'not counted',
  /** events match, but none in the months the lanes show */
  noneShown: 'No events in the months shown.',
  /** the fold that draws one row of bars per issue, each named: the chart read without colour */
  byIssue: 'One row per issue',
  byIssueScale: (most: number) =>
    `Each issue on its own row with its events in the months shown, all on one scale: the tallest bar is ${most} ${most === 1 ? 'event' : 'events'} in a month.`,
  uncountedSummary: (month: string) => ` Bars start in ${month}: earlier months are not counted.`,
};
