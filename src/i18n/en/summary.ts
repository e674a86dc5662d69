/**
 * English messages of the summary namespace: the "where things stand" lines the page opens
 * with and the section bar (the reference; ja/summary.ts and ko/summary.ts mirror it).
 * A pair of strings goes before and after a date, so that the date can sit in its own
 * element that never breaks across lines, wherever the language puts it.
 */
export type AroundDate = readonly [before: string, after: string];

export const summary = {
  /** the heading, around the cursor's date: 'Where things stand on 27 Nov 2026' */
  heading: ['Where things stand on ', ''] as AroundDate,
  /** the list of issue lines (its accessible name) */
  issuesLabel: 'Issues escalating or active',
  noIssue: 'No issue was escalating or active.',
  /** the line under which the active issues fold when the escalating ones fill the screen */
  alsoActive: (names: string) => `Also active: ${names}`,
  alsoActiveLabel: 'Other issues active',
  /** after the status word, around the day it was set: 'since 13 Jan 2026' */
  since: ['since ', ''] as AroundDate,
  /** between a name and what follows it: 'Tokyo: …' */
  colon: ': ',
  /** before the link to the event that set the status */
  setBy: 'the event that set it:',
  /** what was known of the summit, around the day of its latest news */
  summit: {
    occurred: ['held on ', ''] as AroundDate,
    planned: ['planned (announced ', ')'] as AroundDate,
    postponed: ['postponed on ', ''] as AroundDate,
    cancelled: ['cancelled on ', ''] as AroundDate,
  },
  summitNotAnnounced: 'not yet announced',
  /** how many of the conditions set so far were not met: '2 of 2 conditions not met' */
  unmet: (unmet: string, set: string, n: number) =>
    `${unmet} of ${set} ${n === 1 ? 'condition' : 'conditions'} not met`,
  allMet: 'every condition set so far met',
  latestHeading: 'Latest events',
  noEvents: 'No event had taken place yet.',
  /** the bar of links to the page's parts (phones) */
  sections: {
    label: 'Sections',
    timeline: 'Timeline',
    issues: 'Issues',
    summit: 'Summit',
    numbers: 'Numbers',
    story: 'Story',
  },
};
