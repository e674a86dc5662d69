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
