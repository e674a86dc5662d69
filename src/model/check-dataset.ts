/**
 * Validation of an untrusted dataset of any size: the same zod schema and cross-checks as
 * ever, applied one list item at a time, with problems counted as they are found.
 *
 * Why not `Dataset.safeParse(whole)`: zod gathers the issues of a list and then spreads
 * them into its parent's list (`issues.push(...childIssues)`), so 100,000 broken events
 * (300,000 issues) overflowed the stack — where eval is forbidden, as under this page's
 * Content-Security-Policy, and zod cannot use its compiled parser. Item by item, no single
 * parse produces more than one item's issues, progress can be reported between items, and
 * only the first problems are held.
 */
import { z } from 'zod';
import { crossCheck } from './cross-check';
import { createProblemCollector, KEPT_PROBLEMS, type ProblemSummary } from './problem-summary';
import { formatPath, type Problem } from './problems';
import { Dataset, type DisputeEvent } from './schema';

/**
 * A list inside one item (an event's related ids, a condition's sources) longer than this is
 * reported, not parsed: a malformed list of millions of entries would otherwise make
 * millions of zod issues before the first could be counted.
 */
export const MAX_NESTED_LIST = 10_000;

export type CheckResult =
  { ok: true; data: Dataset } | { ok: false; problems: Problem[]; summary: ProblemSummary };

export interface CheckOptions {
  /** CAMEO code → Goldstein weight, checked when given */
  goldstein?: Record<string, number>;
  /** how many problems to keep one by one */
  keep?: number;
  /** called every `progressEvery` events, and once all are checked (not for `addEvents`) */
  onProgress?: (checked: number, total: number) => void;
  progressEvery?: number;
  /** called when the shapes are fine and the checks across the dataset begin */
  onCrossCheck?: (events: number) => void;
  /**
   * Called with each run of `progressEvery` events (or each `addEvents` batch) once they
   * are all valid, as long as no problem has been found anywhere yet, so a caller can pass
   * them on while the rest are checked. The final result is still what counts: a later
   * problem fails the whole file.
   */
  onValidEvents?: (events: DisputeEvent[], from: number) => void;
}

type ListKey = 'issues' | 'actors' | 'summits' | 'events';
const shape = Dataset.shape;
const listKeys = (Object.keys(shape) as (keyof typeof shape)[]).filter(
  (key): key is ListKey => shape[key] instanceof z.ZodArray,
);

/** The dataset with each top-level list taken as a list of anything, keeping its own checks (issues: at least one). */
const Frame = Dataset.extend(
  Object.fromEntries(
    listKeys.map((key) => [
      key,
      z
        .array(z.unknown())
        .check(...((shape[key].def.checks ?? []) as z.core.$ZodCheck<unknown[]>[])),
    ]),
  ),
);

/** Where a schema has lists inside it, so that their lengths can be looked at before parsing. */
type ListPlan = { list: ListPlan | null } | { fields: [string, ListPlan][] };

function listPlan(schema: z.ZodType): ListPlan | null {
  if (schema instanceof z.ZodOptional) return listPlan(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return { list: listPlan(schema.element as z.ZodType) };
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>)
      .map(([key, field]) => [key, listPlan(field)] as const)
      .filter((entry): entry is [string, ListPlan] => entry[1] !== null);
    return fields.length ? { fields } : null;
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path and length of the first list inside `value` longer than MAX_NESTED_LIST, if any. */
function overlongList(
  plan: ListPlan,
  value: unknown,
  path: PropertyKey[],
): { path: PropertyKey[]; length: number } | null {
  if ('list' in plan) {
    if (!Array.isArray(value)) return null;
    if (value.length > MAX_NESTED_LIST) return { path, length: value.length };
    if (plan.list)
      for (let i = 0; i < value.length; i++) {
        const found = overlongList(plan.list, value[i], [...path, i]);
        if (found) return found;
      }
    return null;
  }
  if (!isRecord(value)) return null;
  for (const [key, field] of plan.fields) {
    const found = overlongList(field, value[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

const itemSchemas = Object.fromEntries(
  listKeys.map((key) => {
    const element = shape[key].element as z.ZodType;
    return [key, { element, plan: listPlan(element) }];
  }),
) as Record<ListKey, { element: z.ZodType; plan: ListPlan | null }>;

export interface DatasetChecker {
  /**
   * Checks the file's next events (in order) before the rest of it is at hand, as they are
   * read; then `finish` takes the dataset without them. Hands each run to `onValidEvents`.
   */
  addEvents(events: unknown[]): void;
  /** How many events have been checked so far. */
  readonly checked: number;
  /**
   * Checks the dataset — without its events if they came through `addEvents` — then the
   * rules across it. Never throws for any JSON input.
   */
  finish(input: unknown): CheckResult;
}

const longListMessage = (length: number) =>
  `a list of ${length.toLocaleString('en-GB')} entries: longer than the ${MAX_NESTED_LIST.toLocaleString('en-GB')} this page checks`;

export function createDatasetChecker(options: CheckOptions = {}): DatasetChecker {
  const { goldstein, keep = KEPT_PROBLEMS, onProgress, onValidEvents, onCrossCheck } = options;
  const every = Math.max(1, options.progressEvery ?? 2_000);
  const collector = createProblemCollector(keep);
  const add = (path: PropertyKey[], message: string) =>
    collector.add({ path: formatPath(path), message });
  let streamed: unknown[] | null = null;

  /** Checks items[from…to) of a list into out[from…to). */
  function checkItems(key: ListKey, items: unknown[], out: unknown[], offset: number) {
    const { element, plan } = itemSchemas[key];
    for (let k = 0; k < items.length; k++) {
      const i = offset + k;
      const long = plan && overlongList(plan, items[k], [key, i]);
      if (long) {
        add(long.path, longListMessage(long.length));
        continue;
      }
      const parsed = element.safeParse(items[k]);
      if (parsed.success) out[i] = parsed.data;
      else for (const issue of parsed.error.issues) add([key, i, ...issue.path], issue.message);
    }
  }

  function handOn(out: unknown[], from: number, to: number) {
    if (onValidEvents && collector.total === 0)
      onValidEvents(out.slice(from, to) as DisputeEvent[], from);
  }

  return {
    addEvents(events) {
      streamed ??= [];
      const from = streamed.length;
      checkItems('events', events, streamed, from);
      handOn(streamed, from, streamed.length);
    },
    get checked() {
      return streamed?.length ?? 0;
    },
    finish(input) {
      const frame = Frame.safeParse(input);
      if (!frame.success) for (const issue of frame.error.issues) add(issue.path, issue.message);

      const lists = {} as Record<ListKey, unknown[]>;
      const record = isRecord(input) ? input : {};
      for (const key of listKeys) {
        const value = record[key];
        if (!Array.isArray(value)) continue;
        if (key === 'events' && streamed) {
          lists.events = streamed;
          continue;
        }
        const out: unknown[] = new Array(value.length);
        if (key === 'events') {
          for (let from = 0; from < value.length; from += every) {
            const to = Math.min(value.length, from + every);
            checkItems(key, value.slice(from, to), out, from);
            handOn(out, from, to);
            onProgress?.(to, value.length);
          }
          if (value.length === 0) onProgress?.(0, 0);
        } else checkItems(key, value, out, 0);
        lists[key] = out;
      }

      if (collector.total === 0 && frame.success) {
        const data = { ...frame.data, ...lists } as Dataset;
        onCrossCheck?.(data.events.length);
        crossCheck(data, goldstein, collector.add);
        if (collector.total === 0) return { ok: true, data };
      }
      return { ok: false, ...collector.result() };
    },
  };
}

/** Validates a parsed JSON value as a dataset. Never throws for any JSON input. */
export function checkDataset(input: unknown, options: CheckOptions = {}): CheckResult {
  return createDatasetChecker(options).finish(input);
}
