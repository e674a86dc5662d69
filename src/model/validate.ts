/**
 * Full validation of an untrusted dataset: shape (zod) then cross-references.
 * Loaded only when a custom dataset is opened, so zod stays off the first paint.
 */
import { checkDataset } from './check-dataset';
import { KEPT_PROBLEMS } from './problem-summary';
import type { Validation } from './problems';
import type { Dataset } from './schema';

export const MAX_PROBLEMS = KEPT_PROBLEMS;

/** The first MAX_PROBLEMS problems, or the data; `checkDataset` also counts them all. */
export function validateDataset(
  input: unknown,
  goldstein?: Record<string, number>,
): Validation<Dataset> {
  const result = checkDataset(input, { goldstein, keep: MAX_PROBLEMS });
  return result.ok ? result : { ok: false, problems: result.problems };
}
