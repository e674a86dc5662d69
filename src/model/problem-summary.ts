/**
 * Problems of a large file, counted instead of listed: grouped by where they are (the path
 * with its indices as `[*]`) and what they say, with only the first few hundred kept one
 * by one. Memory stays bounded however many problems a file has.
 */
import type { Problem } from './problems';

/** How many problems are kept one by one, in the order they were found. */
export const KEPT_PROBLEMS = 200;
/** How many different kinds of problem are counted; any further kinds are counted together. */
export const MAX_GROUPS = 500;

/** Problems that share a path pattern and a message, counted. */
export interface ProblemGroup {
  /** the path with every index as `[*]`: `events[*].date` */
  pattern: string;
  /** the message; when it names different values (“…” in quotes), they are elided */
  message: string;
  /** how many problems */
  count: number;
  /** the top-level list the path starts in (`events`, `actors`…), or null (`meta`, `(file)`) */
  list: string | null;
  /** how many different items of that list have this problem (0 when `list` is null) */
  items: number;
}

/** The whole count; the problems themselves are the first KEPT_PROBLEMS, kept separately. */
export interface ProblemSummary {
  total: number;
  /** most frequent first; ties in the order first found */
  groups: ProblemGroup[];
  /** problems of kinds beyond MAX_GROUPS, counted but not grouped */
  ungrouped: number;
}

const index = /\[\d+\]/g;
const leadingList = /^([A-Za-z_$][\w$]*)\[(\d+)\]/;
const quoted = /“[^”]*”/g;
const atIndex = /\bindex \d+/g;

/** `events[12].sources[0].url` → `events[*].sources[*].url` */
export function pathPattern(path: string): string {
  return path.replace(index, '[*]');
}

/** The message with the values that differ from one problem to the next elided. */
export function messageTemplate(message: string): string {
  return message.replace(quoted, '“…”').replace(atIndex, 'index …').replace(index, '[*]');
}

interface GroupState extends ProblemGroup {
  first: number;
  varied: boolean;
  lastItem: number;
}

export interface ProblemCollector {
  add(problem: Problem): void;
  readonly total: number;
  /** the problems kept one by one, and the counts */
  result(): { problems: Problem[]; summary: ProblemSummary };
}

/**
 * Collects problems one at a time. Items are counted as runs of the same index, which is
 * exact when each item's problems are reported together (both validation passes do).
 */
export function createProblemCollector(
  keep = KEPT_PROBLEMS,
  maxGroups = MAX_GROUPS,
): ProblemCollector {
  const kept: Problem[] = [];
  const groups = new Map<string, GroupState>();
  let total = 0;
  let ungrouped = 0;
  return {
    add(problem) {
      if (kept.length < keep) kept.push(problem);
      total += 1;
      const pattern = pathPattern(problem.path);
      const template = messageTemplate(problem.message);
      const key = `${pattern}\n${template}`;
      const lead = leadingList.exec(problem.path);
      const item = lead ? Number(lead[2]) : -1;
      let group = groups.get(key);
      if (!group) {
        if (groups.size >= maxGroups) {
          ungrouped += 1;
          return;
        }
        group = {
          pattern,
          message: problem.message,
          count: 0,
          list: lead ? (lead[1] as string) : null,
          items: 0,
          first: groups.size,
          varied: false,
          lastItem: -1,
        };
        groups.set(key, group);
      } else if (!group.varied && group.message !== problem.message) {
        group.varied = true;
        group.message = template;
      }
      group.count += 1;
      if (item >= 0 && item !== group.lastItem) {
        group.items += 1;
        group.lastItem = item;
      }
    },
    get total() {
      return total;
    },
    result() {
      const ordered = [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first);
      return {
        problems: kept.slice(),
        summary: {
          total,
          groups: ordered.map(({ pattern, message, count, list, items }) => ({
            pattern,
            message,
            count,
            list,
            items,
          })),
          ungrouped,
        },
      };
    },
  };
}

/** The summary of a list of problems already in hand. */
export function summarizeProblems(problems: readonly Problem[]): ProblemSummary {
  const collector = createProblemCollector(0);
  for (const problem of problems) collector.add(problem);
  return collector.result().summary;
}
