import { act, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart, preloadParts } from '../../src/features/common/lazy-part';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A part whose code arrives when the test says so. */
function deferredPart() {
  let arrive: () => void = () => {};
  const load = vi.fn(
    () =>
      new Promise<typeof Hello>((resolve) => {
        arrive = () => resolve(Hello);
      }),
  );
  return { Part: lazyPart(load), load, arrive: () => arrive() };
}

const page = (Part: ComponentType<{ name: string }>) => (
  <Suspense fallback={<p>waiting</p>}>
    <Part name="reader" />
  </Suspense>
);

describe('lazyPart', () => {
  it('suspends until its code arrives when it was not loaded ahead', async () => {
    const { Part, arrive } = deferredPart();
    render(page(Part));
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByText('Hello reader')).toBeInTheDocument();
  });

  it('once preloaded, draws at once: no fallback, no second load', async () => {
    const { Part, load, arrive } = deferredPart();
    const preloading = Part.preload();
    arrive();
    await preloading;
    render(page(Part));
    expect(screen.queryByText('waiting')).toBeNull();
    expect(screen.getByText('Hello reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('preloadParts asks every part made so far for its code', () => {
    const a = deferredPart();
    const b = deferredPart();
    // (not awaited: the parts of the other tests here never get their code twice)
    void preloadParts();
    expect(a.load).toHaveBeenCalledTimes(1);
    expect(b.load).toHaveBeenCalledTimes(1);
  });
});
