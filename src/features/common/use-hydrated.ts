import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/** False on the server and during hydration, true once the app runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
