import { eventsFileInTurns } from './read-in-turns';
import type { Dataset } from './schema';
import type { Problem } from './problems';
import type { ProblemSummary } from './problem-summary';

/** On failure, `problems` are the first few hundred; `summary`, when given, counts them all by kind. */
export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; title: string; problems: Problem[]; summary?: ProblemSummary };

type Fetch = typeof fetch;

/** A load that failed for one reason, as a problem list the panel can show. */
export function failure(title: string, message: string, path = '(file)'): LoadResult {
  return { ok: false, title, problems: [{ path, message }] };
}

/** The title of a failed load of the bundled dataset: then "Try again" is the way out, not "use the bundled dataset". */
export const BUNDLED_FAILED = 'The bundled dataset could not be loaded';

/**
 * The bundled dataset, served beside the app as a static file; read and parsed in turns (see
 * read-in-turns.ts), so that the page stays responsive while it arrives.
 */
export async function loadBundledDataset(
  baseUrl: string,
  fetchImpl: Fetch = fetch,
  turn?: () => Promise<void>,
): Promise<LoadResult> {
  try {
    const response = await fetchImpl(`${baseUrl}data/dataset.json`);
    if (!response.ok) return failure(BUNDLED_FAILED, `the server answered ${response.status}`);
    return { ok: true, dataset: (await eventsFileInTurns(response, turn)) as Dataset };
  } catch (error) {
    return failure(BUNDLED_FAILED, String(error));
  }
}
