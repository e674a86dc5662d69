import type { ConditionState, IssueStatus } from '../../model/schema';

// Words for statuses, sides and demands are in the message catalogues (core.status); the
// marks below carry meaning without colour and are the same in every language.

/** Marks that carry meaning without colour. */
export const issueStatusMark: Record<IssueStatus, string> = {
  escalating: '▲',
  active: '■',
  easing: '▼',
  resolved: '✓',
};

export const conditionStateMark: Record<ConditionState, string> = {
  'not-met': '✗',
  'partly-met': '◐',
  met: '✓',
};

/** How many issue colours app.css defines (--issue-0 … --issue-13, light and dark). */
export const ISSUE_COLOURS = 14;

/**
 * Issue colours, by the issue's position in the dataset; each meets 3:1 against the surface
 * in both themes (tests/unit/issue-colours.test.ts). A dataset with more issues reuses them.
 */
export function issueColorVar(index: number): string {
  return `var(--issue-${index % ISSUE_COLOURS})`;
}
