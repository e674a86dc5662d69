/** The report's rows for part e (interactions), each with the reference page beside it. */
import { BUDGET, ms, row } from './common';
import type { DataTarget } from './datasets';
import type { InteractionResult, PageResult } from './interaction';
import { FLOOR_MS, REFERENCE_FOR, REPS } from './interaction-steps';

export const showDuration = (v: number) => (v < FLOOR_MS ? `< ${FLOOR_MS} ms` : ms(v));
const medianMax = (r: InteractionResult) =>
  `${showDuration(r.medianMs).replace(/ ms$/, '')} / ${showDuration(r.maxMs)}`;

function budgetFor(target: DataTarget): number | null {
  if (target.key === 'bundled') return BUDGET.interactionBundledMs;
  if (target.key === 'stress100k') return BUDGET.interaction100kMs;
  return null;
}

export function interactionRows(
  targets: DataTarget[],
  app: Record<string, PageResult>,
  reference: PageResult | null,
) {
  for (const target of targets) {
    const budget = budgetFor(target);
    for (const result of Object.values(app[target.key]?.results ?? {})) {
      const ref = reference?.results[REFERENCE_FOR[result.key] ?? ''];
      // a ratio only when both were long enough for Event Timing to report them
      const ratio =
        ref && result.medianMs >= FLOOR_MS && ref.medianMs >= FLOOR_MS
          ? result.medianMs / ref.medianMs
          : null;
      row(
        'interaction',
        `${result.label}, ${target.label} (input → next paint, median / max of ${REPS})`,
        medianMax(result),
        {
          reference: ref ? `${medianMax(ref)} (${ref.label})` : '—',
          ratio,
          ...(budget === null ? {} : { budget: `≤ ${budget} ms`, pass: result.medianMs <= budget }),
        },
      );
    }
  }
}

/** Every repetition and the longest task that followed it, for the details of the report. */
export function interactionDetails(raw: Record<string, unknown>): string[] {
  const data = raw.interactions as
    { app: Record<string, PageResult>; reference: PageResult | null } | undefined;
  if (!data) return [];
  const pages = [
    ...Object.entries(data.app),
    ...(data.reference ? [['reference', data.reference] as const] : []),
  ];
  const lines = [
    '',
    '### Interactions: every repetition (ms; “<16” under the Event Timing floor)',
    '',
    '| Page | Interaction | Input → next paint | Longest task after the input |',
    '| --- | --- | --- | --- |',
  ];
  for (const [page, result] of pages)
    for (const r of Object.values(result.results))
      lines.push(
        `| ${page} | ${r.label} | ${r.reps.map((x) => x.durationMs ?? '<16').join(', ')} | ` +
          `${r.reps.map((x) => (x.longestTaskMs ? Math.round(x.longestTaskMs) : '—')).join(', ')} |`,
      );
  return lines;
}
