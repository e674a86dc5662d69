import { createElement, lazy, type ComponentType } from 'react';
import { PartFailed } from './PartFailed';

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
      : load().then(take, (error: unknown) =>
          failedPart(error, () => load().then((component) => take(component).default)),
        ),
  );
  return Object.assign(Part, { preload });
}

/**
 * React.lazy for a part loaded on demand, which fails on its own: when its chunk cannot be
 * loaded it shows a short message with "Try again" in its place instead of throwing to the
 * region's error boundary, which would take the whole region (the timeline, for the export
 * tools) down with it. React.lazy remembers a failure for good; the retry loads anew.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyOwn<T extends ComponentType<any>>(load: () => Promise<T>) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => failedPart(error, load),
    ),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function failedPart<T extends ComponentType<any>>(error: unknown, load: () => Promise<T>) {
  const Failed = (props: object) => createElement(PartFailed, { error, load, props });
  return { default: Failed as unknown as T };
}

/** Loads every part made by lazyPart so far (the prerender does, before rendering). */
export function preloadParts(): Promise<unknown> {
  return Promise.all(preloads.map((p) => p()));
}
