/**
 * English messages of the panels namespace: issue tracker, summit checklist, relations
 * barometer and event detail (the reference; ja/panels.ts and ko/panels.ts mirror it).
 */
import type { BarometerSummaryText, SensitivityText } from '../../features/barometer';

type Trend = 'cooperative' | 'conflictual' | 'neutral';

export const panels = {
  common: {
    /** between a name and what follows it: 'Tokyo: …' */
    colon: ': ',
    /** a remark after a text: ' (…)' */
    aside: (text: string) => ` (${text})`,
    /** a value that is not there */
    none: '—',
  },
  issues: {
    heading: 'Issue tracker',
    asOf: (date: string) => `Status of each issue as of ${date}.`,
    columns: {
      issue: 'Issue',
      status: 'Status',
      since: 'Since',
      setBy: 'Set by',
      events: 'Events',
      /** the trend column, for its first year ('2018') */
      perYear: (year: string) => `Per year since ${year}`,
      explainer: 'Explainer',
    },
    showOnly: (issue: string) => `Show only ${issue} on the timeline`,
    /** an issue with events recorded but no status set by any of them */
    noStatusYet: 'No status set yet',
    /** the sparkline's accessible name; `counts` is the list of yearly counts */
    trend: (issue: string, year: string, counts: string) =>
      `${issue}: events per year since ${year}: ${counts}`,
    /** the yearly counts in the sparkline's name: '0, 3, 5' */
    counts: (counts: string[]) => counts.join(', '),
    explain: 'Explain',
    explainIssue: (issue: string) => `Explain ${issue}`,
    /** `side` is core.status.side: 'Tokyo’s position' */
    position: (side: string) => `${side}’s position`,
    sourceLead: 'Source: ',
    citation: (publisher: string, title: string) => `${publisher}, “${title}”`,
    /** between the cited source and its date */
    citationDate: (date: string) => `, ${date}`,
    /** before the explainer: the latest day it tells of */
    explainerAsOf: (date: string) => `As of ${date}: `,
    /** the fold around a text that tells of days after the cursor */
    writtenLater: (date: string) =>
      `Written later, on ${date}: tells of what came after the cursor`,
    noStatement: 'No sourced statement in the data.',
  },
  checklist: {
    heading: 'Summit conditions',
    asOf: (date: string) => `As of ${date}.`,
    noSummits: 'No summits in this dataset.',
    noneInView: (date: string) => `No summit announced and no condition set by ${date}.`,
    statedConditions: 'Stated conditions',
    demandsHeading: 'Demands not stated as conditions for the summit',
    /** a summit with no condition or demand made by the cursor */
    noneYet: 'No condition or demand made yet.',
    notYetDemanded: 'Not yet demanded',
    /** after the condition's state: ' since 27 Oct 2020' */
    since: (date: string) => ` since ${date}`,
    /** `actors` is already a list (core.format.list) */
    demandedBy: (actors: string) => ` · demanded by ${actors}`,
    evidence: 'Evidence',
    /** before the event's link in the evidence list: '1 Jul 2019 (Not met): ' */
    evidenceLead: (date: string, state: string) => `${date} (${state}): `,
    summitLead: 'Summit: ',
    notAnnounced: 'Not yet announced.',
    heldOn: (date: string) => `Held on ${date}.`,
    /** `status` is core.status.event ('Planned', 'Postponed'…) */
    notHeld: (status: string, date: string) =>
      `Not held yet: ${status.toLowerCase()} since ${date}.`,
  },
  barometer: {
    heading: 'Relations barometer',
    /** `from` is a year as core.format.year writes it */
    caption: (from: string, table: string) =>
      `Sum of Goldstein weights of each month’s events (−10 conflict … +10 cooperation) and their six-month rolling mean, since ${from}, each measure weighed once. Weights from ${table}.`,
    loadingChart: 'Loading the chart…',
    upToCursor: (summary: string) => `Up to the cursor: ${summary}`,
    codingHeading: 'How the coding matters',
    codingNote: (sensitivity: string) =>
      ` (up to the cursor): ${sensitivity} The coding rules are in the dataset’s README.`,
    monthlySum: 'Monthly sum',
    rollingMean: '6-month mean',
    cursor: 'As of',
    /** the y axis's unit */
    unit: 'Goldstein points',
    conflict: 'Conflict (sum below 0)',
    cooperation: 'Cooperation (sum above 0)',
    /** the key's accessible name */
    key: 'Key',
    landmarks: 'Landmark events',
    /** over the months after the cursor */
    later: 'after the cursor',
    /** over the months after the data end */
    gap: 'no record',
    /** after the summary when the cursor is at or past the data's end: the last day events were searched */
    gapSummary: (date: string) =>
      ` The data record no event after ${date}: the months since are left blank, not counted as calm.`,
    /** one month's landmark events: 'July 2019: A / B' */
    landmarkItem: (month: string, titles: string[]) => `${month}: ${titles.join(' / ')}`,
    /** the fold that names the dots: how many landmark events up to the cursor */
    landmarkHeading: (n: number) => `Landmark events marked by dots, up to the cursor (${n})`,
    /** the last line of a long list */
    more: (n: number) => `and ${n} more`,
    /** words of describeBarometer (src/features/barometer/barometer-summary.ts); the month format comes from core */
    summary: {
      noEvents: 'No events in this range.',
      monthSum: (month: string, sum: string) => `${month} (${sum})`,
      trend: {
        cooperative: 'cooperative',
        conflictual: 'conflictual',
        neutral: 'neutral',
      } as Record<Trend, string>,
      text: ({ worst, best, single, trend, rolling, month }) =>
        `Most conflictual month: ${worst}. Most cooperative month: ${best}. The ${single ? 'month is' : 'rolling mean ends'} ${trend} at ${rolling} in ${month}.`,
    } satisfies Omit<BarometerSummaryText, 'month'> as Omit<BarometerSummaryText, 'month'>,
    /** words of describePairingSensitivity (src/features/barometer/barometer-summary.ts) */
    sensitivity: {
      noPairing:
        'No event in this range carries out an earlier announcement, so every event is weighed.',
      none: 'none',
      monthSum: (month: string, sum: string) => `${month} (${sum})`,
      paired: (n: number) =>
        `Each measure is weighed once, on its announcement or decision: ${n} event${n === 1 ? '' : 's'} that carr${n === 1 ? 'ies' : 'y'} one out (an entry into force, a formal notification, the service of an order, a ruling becoming final) weigh${n === 1 ? 's' : ''} 0.`,
      extremes: ({ worst, best, everyWorst, everyBest, same }) =>
        `Counted this way, the most conflictual month is ${worst} and the most cooperative ${best}` +
        (same
          ? `; weighing every event would keep the same months, at ${everyWorst} and ${everyBest}.`
          : `; weighing every event, they would be ${everyWorst} and ${everyBest}.`),
      change: (month: string, every: string, counted: string) =>
        `The rule moves ${month} most: ${every} weighing every event, ${counted} with it.`,
      sentences: (parts: string[]) => parts.join(' '),
    } satisfies Omit<SensitivityText, 'month'> as Omit<SensitivityText, 'month'>,
  },
  detail: {
    close: 'Close event details',
    /** before an event's note (notes are data, in English) */
    noteLead: 'Note: ',
    statusHistory: 'Status history',
    whatChanged: 'What it changed',
    positions: 'Positions',
    /** around the publisher after a position's statement: ' (Publisher)' */
    sourceOpen: ' (',
    sourceClose: ')',
    sources: 'Sources',
    related: 'Related events',
    /** the tag beside a translated title and summary (never shown in English) */
    translated: 'Translation',
    translatedNote: 'The title and summary are translated from the English original.',
    corrections: 'Corrections',
    /** around the correction's date: 'Corrected on <date>:' */
    correctedBefore: 'Corrected on ',
    correctedAfter: ':',
    actors: 'Actors',
    conflictCooperation: 'Conflict–cooperation',
    coding: (cameo: string, goldstein: string) => `CAMEO ${cameo}, Goldstein ${goldstein}`,
    /** the fold under the code and weight: what they mean, in plain words */
    codingWhat: 'What the code and the weight mean',
    codingExplained:
      'CAMEO is a standard list of kinds of event used in event-data research; the number says which kind this is (a protest, a demand, an agreement…). The Goldstein scale gives each kind a weight from −10, the most conflictual kinds, to +10, the most cooperative. The relations barometer adds up these weights month by month.',
    /** around the link to the event that carries a paired event's weight */
    weighedBefore: ' — weighed once, on ',
    weighedAfter: (date: string) => ` (${date}); 0 in the barometer`,
    /** a source's title: 'Publisher: Title' */
    source: (publisher: string, title: string) => `${publisher}: ${title}`,
    sourceMeta: (date: string, primary: boolean) =>
      ` (${date}${primary ? ', primary source' : ''})`,
  },
};
