import { lazy, type ComponentType } from 'react';

const preloads: (() => Promise<unknown>)[] = [];

/**
 * React.lazy that can be loaded ahead of time. Once loaded, rendering it no longer suspends:
 * the factory hands React a thenable that calls back at once. The build's prerender loads
 * every part first (preloadParts), so the static HTML holds each part in place rather than
 * a placeholder revealed later by script (which moved the page as it loaded). In the
 * browser a part not yet loaded keeps its prerendered markup until its chunk arrives.
 */
// the same bound as React.lazy's own signature
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPart<T extends ComponentType<any>>(load: () => Promise<T>) {
  let loaded: { default: T } | null = null;
  const take = (component: T) => (loaded = { default: component });
  const preload = () => load().then(take);
  preloads.push(preload);
  const Part = lazy(() =>
    loaded
      ? ({ then: (resolve: (m: { default: T }) => void) => resolve(loaded!) } as Promise<{
          default: T;
        }>)
      : load().then(take),
  );
  return Object.assign(Part, { preload });
}

/** Loads every part made by lazyPart so far (the prerender does, before rendering). */
export function preloadParts(): Promise<unknown> {
  return Promise.all(preloads.map((p) => p()));
}
