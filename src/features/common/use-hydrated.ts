import { startTransition, useEffect, useState } from 'react';

/**
 * False on the server and during hydration, true once the app runs in the browser.
 * The switch is a transition, so the work it unlocks (lazy lists, export tools) renders
 * in short interruptible slices instead of one long task right after hydration.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
