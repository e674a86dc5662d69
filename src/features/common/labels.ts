import type { ConditionKind, ConditionState, EventStatus, IssueStatus } from '../../model/schema';

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

/**
 * The words before a condition's text: "Tokyo" for a stated condition, "Seoul’s demand (not
 * a stated condition for the summit)" for a demand that no source ties to the summit.
 */
export function conditionLead(side: string, kind: ConditionKind = 'condition'): string {
  const who = sideLabel[side] ?? side;
  if (kind === 'condition') return who;
  return `${side === 'other' ? 'A' : `${who}’s`} demand (not a stated condition for the summit)`;
}

/** How many issue colours app.css defines (--issue-0 … --issue-13, light and dark). */
export const ISSUE_COLOURS = 14;

/**
 * Issue colours, by the issue's position in the dataset; each meets 3:1 against the surface
 * in both themes (tests/unit/issue-colours.test.ts). A dataset with more issues reuses them.
 */
export function issueColorVar(index: number): string {
  return `var(--issue-${index % ISSUE_COLOURS})`;
}
