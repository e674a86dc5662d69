import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyOwn, lazyPart, preloadParts } from '../../src/features/common/lazy-part';

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

/** A load that fails with each of `failures` in turn, then brings the code. */
function flakyLoad(...failures: string[]) {
  return vi.fn(() => {
    const failure = failures.shift();
    return failure ? Promise.reject(new Error(failure)) : Promise.resolve(Hello);
  });
}

describe.each([
  ['lazyPart', lazyPart],
  ['lazyOwn', lazyOwn],
] as const)('%s when its code cannot be loaded', (_, make) => {
  it('says so in its place with Try again, which loads anew and then draws the part', async () => {
    const user = userEvent.setup();
    const load = flakyLoad('chunk gone', 'still offline');
    const Part = make(load);
    render(
      <>
        <h2>around it</h2>
        {page(Part)}
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part could not be loaded: chunk gone',
    );
    // the region around it stands
    expect(screen.getByRole('heading', { name: 'around it' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('still offline');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // drawn with the props it was given
    expect(await screen.findByText('Hello reader')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('lazyPart preloaded without success', () => {
  it('passes the failure to whoever preloads, and loads again when drawn', async () => {
    const load = flakyLoad('offline at start');
    const Part = lazyPart(load);
    await expect(Part.preload()).rejects.toThrow('offline at start');
    render(page(Part));
    expect(await screen.findByText('Hello reader')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
