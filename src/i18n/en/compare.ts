/**
 * English messages of the compare namespace: two dates side by side (?compare=A..B) and the
 * "Compare with…" control beside the time cursor (the reference; ja and ko mirror it).
 */
import type { ConditionState, IssueStatus } from '../../model/schema';

const issueStatus: Record<IssueStatus, string> = {
  escalating: 'escalating',
  active: 'active',
  easing: 'easing',
  resolved: 'resolved',
};
const conditionState: Record<ConditionState, string> = {
  'not-met': 'not met',
  'partly-met': 'partly met',
  met: 'met',
};

export const compare = {
  control: 'Compare with…',
  dateLabel: 'Compare the cursor date with',
  submit: 'Compare',
  cancel: 'Cancel',
  region: 'Comparison of two dates',
  heading: (from: string, to: string) => `${from} compared with ${to}`,
  close: 'Close the comparison',
  then: (date: string) => `On ${date}`,
  now: (date: string) => `On ${date}`,
  issuesHeading: 'Issues',
  issue: 'Issue',
  between: 'Events between',
  issueStatus: (status: IssueStatus | null) => (status ? issueStatus[status] : 'no status yet'),
  since: (date: string) => `since ${date}`,
  eventsBetween: (n: number) => (n === 1 ? '1 event between' : `${n} events between`),
  noEventsBetween: 'none',
  showEvents: (issue: string, n: number) => `The ${n} events of “${issue}” between the two dates`,
  unchanged: (n: number) =>
    n === 1
      ? '1 other issue: the same status on both dates and no events between.'
      : `${n} other issues: the same status on both dates and no events between.`,
  conditionsHeading: 'Summit conditions',
  condition: 'Condition',
  conditionState: (state: ConditionState | null) =>
    state ? conditionState[state] : 'not yet demanded',
  indicatorsHeading: 'Indicators',
  indicator: 'Indicator',
  change: 'Change',
  noChange: 'no change figure: a figure is missing on one of the dates',
  signed: (n: string) => n,
  barometerHeading: 'Relations barometer: six-month mean',
  barometerNote:
    'Mean of the monthly Goldstein sums over the six months up to each date, counting only events on or before it.',
  barometerValue: (value: number | null) => (value === null ? 'no figure' : value.toFixed(1)),
  copy: 'Copy as text',
  copied: 'Copied: the summary is on the clipboard.',
  copyFailed: 'The browser did not allow copying; select the text below instead.',
  summaryLabel: 'The comparison as plain text',
  indicatorsMissing: (reason: string) => `The indicators could not be loaded: ${reason}`,
  /** the plain-text summary's own words (see CompareWords in derive/compare.ts) */
  text: {
    heading: (from: string, to: string) =>
      `Japan–South Korea Dispute Tracker: ${from} compared with ${to}`,
    issuesHeading: 'Issues',
    conditionsHeading: 'Summit conditions',
    indicatorsHeading: 'Indicators',
    barometerHeading: 'Relations barometer (six-month mean)',
    issueLine: (name: string, then: string, now: string, count: number) =>
      `${name}: ${then} → ${now}; ${count === 1 ? '1 event' : `${count} events`} between`,
    conditionLine: (text: string, then: string, now: string) => `${text} — ${then} → ${now}`,
    indicatorLine: (title: string, then: string, now: string, change: string | null) =>
      `${title}: ${then} → ${now}${change === null ? '' : ` (change ${change})`}`,
    barometerLine: (then: string, now: string) => `${then} → ${now}`,
    unchanged: (n: number) =>
      n === 1
        ? '1 other issue unchanged, with no events between'
        : `${n} other issues unchanged, with no events between`,
    link: (url: string) => `Link: ${url}`,
  },
  /** a figure as of a date */
  figure: {
    value: (value: string, period: string) => `${value} (${period})`,
    gap: (period: string) => `no figure for ${period}`,
    before: (first: string) => `no figure before ${first}`,
  },
};
