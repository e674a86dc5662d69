import type { DisputeEvent } from '../model/schema';

/**
 * What an event did to an issue or a condition, in the data's words (its effect's note), as
 * of the event's day; null without one. A look-up of its own, used by the tracker's and the
 * checklist's chunks, so that the first paint's derivations do not carry the notes.
 */
export function effectNote(
  event: DisputeEvent | undefined,
  target: { issue: string } | { condition: string },
): string | null {
  if (!event) return null;
  let note: string | null = null;
  // the last matching effect, as the state rule applies effects in dataset order
  for (const effect of event.effects) {
    const matches =
      'issue' in target
        ? 'issue' in effect && effect.issue === target.issue
        : 'condition' in effect && effect.condition === target.condition;
    if (matches) note = effect.note ?? null;
  }
  return note;
}
