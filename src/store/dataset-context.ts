import { createContext } from 'react';
import type { LoadResult } from '../model/load';
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';
import type { ProblemSummary } from '../model/problem-summary';

/**
 * The loaded dataset is input, not a user choice, so it lives in React context rather
 * than the store: the store's initial state then equals the prerendered default view,
 * which is what hydration compares against.
 */
export type DataState =
  | { phase: 'loading' }
  | {
      phase: 'ready';
      dataset: Dataset;
      custom: boolean;
      /** what search reads beside each event's shown texts (other languages'); see viewFor */
      searchText?: readonly string[];
    }
  | { phase: 'failed'; title: string; problems: Problem[]; summary?: ProblemSummary };

export const DataContext = createContext<DataState>({ phase: 'loading' });

/** A load's result as the page's data state. */
export function dataStateOf(result: LoadResult, custom: boolean): DataState {
  return result.ok
    ? { phase: 'ready', dataset: result.dataset, custom }
    : {
        phase: 'failed',
        title: result.title,
        problems: result.problems,
        ...(result.summary && { summary: result.summary }),
      };
}
