import type { ConditionState, EventStatus, IssueStatus } from '../../model/schema';

export const issueStatusLabel: Record<IssueStatus, string> = {
  escalating: 'Escalating',
  active: 'Active',
  easing: 'Easing',
  resolved: 'Resolved',
};

/** Marks that carry meaning without colour. */
export const issueStatusMark: Record<IssueStatus, string> = {
  escalating: '▲',
  active: '■',
  easing: '▼',
  resolved: '✓',
};

export const conditionStateLabel: Record<ConditionState, string> = {
  'not-met': 'Not met',
  'partly-met': 'Partly met',
  met: 'Met',
};

export const conditionStateMark: Record<ConditionState, string> = {
  'not-met': '✗',
  'partly-met': '◐',
  met: '✓',
};

export const eventStatusLabel: Record<EventStatus, string> = {
  planned: 'Planned',
  occurred: 'Took place',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

export const sideLabel: Record<string, string> = {
  japan: 'Tokyo',
  korea: 'Seoul',
  china: 'Beijing',
  other: 'Other',
};

/** Issue colours, by the issue's position in the dataset; checked for 3:1 contrast on both themes. */
export function issueColorVar(index: number): string {
  return `var(--issue-${index % 10})`;
}
