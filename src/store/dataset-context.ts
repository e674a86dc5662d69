import { createContext } from 'react';
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
  | { phase: 'ready'; dataset: Dataset; custom: boolean }
  | { phase: 'failed'; title: string; problems: Problem[]; summary?: ProblemSummary };

export const DataContext = createContext<DataState>({ phase: 'loading' });
