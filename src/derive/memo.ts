// Remembering derived values: made once, remembered for the last arguments, or one per dataset.
import type { Dataset } from '../model/schema';

export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** Remembers the answer for the last arguments, compared one by one with Object.is. */
export function lastCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    )
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * One value per dataset, made on first use and then the same object for every caller, for
 * as long as the dataset lives (a WeakMap: a dataset let go takes its value with it).
 * `stale` says when a remembered value no longer fits the other arguments and is made anew.
 */
export function memoByDataset<A extends unknown[], T>(
  make: (dataset: Dataset, ...args: A) => T,
  stale?: (value: T, ...args: A) => boolean,
): (dataset: Dataset, ...args: A) => T {
  const made = new WeakMap<Dataset, T>();
  return (dataset, ...args) => {
    if (made.has(dataset)) {
      const value = made.get(dataset) as T;
      if (!stale?.(value, ...args)) return value;
    }
    const value = make(dataset, ...args);
    made.set(dataset, value);
    return value;
  };
}
