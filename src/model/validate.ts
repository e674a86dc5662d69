/**
 * Full validation of an untrusted dataset: shape (zod) then cross-references.
 * Loaded only when a custom dataset is opened, so zod stays off the first paint.
 */
import { crossCheck } from './cross-check';
import { formatPath, type Problem, type Validation } from './problems';
import { Dataset } from './schema';

export const MAX_PROBLEMS = 200;

export function validateDataset(
  input: unknown,
  goldstein?: Record<string, number>,
): Validation<Dataset> {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues
      .slice(0, MAX_PROBLEMS)
      .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return { ok: false, problems };
  }
  const problems = crossCheck(parsed.data, goldstein);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, data: parsed.data };
}
