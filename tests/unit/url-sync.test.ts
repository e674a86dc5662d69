import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bundled from '../../data/dataset.json';
import type { Dataset } from '../../src/model/schema';
import { useTracker } from '../../src/store/tracker-store';
import { replaceNextEntry, startUrlSync } from '../../src/store/url-sync';

const dataset = bundled as unknown as Dataset;

/**
 * A window with a history of its own: entries, a current index, push/replace, back/forward
 * that fire popstate, as the browser does. `entries` lists the query strings.
 */
function fakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {
    pathname: '/',
    search,
    hash: '',
    // the sync writes whole same-origin addresses (never one built from the path alone)
    get href() {
      return `http://localhost${this.pathname}${this.search}${this.hash}`;
    },
  };
  const go = (to: string) => {
    const url = new URL(to, 'http://localhost');
    location.pathname = url.pathname;
    location.search = url.search;
  };
  const travel = (step: number) => {
    index += step;
    location.search = entries[index]!;
    for (const l of listeners) l();
  };
  const win = {
    location,
    history: {
      pushState: vi.fn((_: unknown, __: string, url: string) => {
        go(url);
        entries.splice(index + 1, entries.length, location.search);
        index++;
      }),
      replaceState: vi.fn((_: unknown, __: string, url: string) => {
        go(url);
        entries[index] = location.search;
      }),
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  return {
    win: win as unknown as Window,
    entries,
    back: () => travel(-1),
    forward: () => travel(1),
    listeners,
  };
}

const state = () => useTracker.getState();
let stop = () => {};

beforeEach(() => {
  useTracker.setState(useTracker.getInitialState(), true);
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('startUrlSync', () => {
  it('applies the address at start and writes back a cleaned one', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const w = fakeWindow('?issues=gsomia,no-such-issue&q=GSOMIA');
    stop = startUrlSync(dataset, w.win);
    expect(state().filters.issues).toEqual(['gsomia']);
    expect(state().filters.query).toBe('GSOMIA');
    expect(w.win.location.search).toBe('?issues=gsomia&q=GSOMIA');
    expect(w.entries).toHaveLength(1);
    expect(state().notices.length).toBeGreaterThan(0);
  });

  it('adds a history entry for each choice', () => {
    const w = fakeWindow();
    stop = startUrlSync(dataset, w.win);
    state().toggleIssue('gsomia');
    state().setView('list');
    expect(w.entries).toEqual(['', '?issues=gsomia', '?issues=gsomia&view=list']);
  });

  it.each([
    ['typing a query', (q: string) => state().setQuery(q), ['G', 'GS', 'GSOMIA'], 'q=GSOMIA'],
    [
      'dragging the time cursor',
      (d: string) => state().setAsOf(d),
      ['2019-01-01', '2019-02-01', '2019-03-01'],
      'asOf=2019-03-01',
    ],
  ])('coalesces %s within a second into one entry', (_, act, steps, last) => {
    const w = fakeWindow();
    stop = startUrlSync(dataset, w.win);
    for (const step of steps) {
      act(step);
      vi.advanceTimersByTime(300);
    }
    expect(w.entries).toHaveLength(2);
    expect(w.entries[1]).toContain(last);
  });

  it('starts a new entry when the typing pauses for a second, or another choice comes between', () => {
    const w = fakeWindow();
    stop = startUrlSync(dataset, w.win);
    state().setQuery('abe');
    vi.advanceTimersByTime(1500);
    state().setQuery('abe moon');
    expect(w.entries).toEqual(['', '?q=abe', '?q=abe+moon']);
    state().toggleIssue('gsomia');
    state().setQuery('abe');
    expect(w.entries).toHaveLength(5);
  });

  it('a chapter is a step of its own, even right after the cursor moved', () => {
    const w = fakeWindow();
    stop = startUrlSync(dataset, w.win);
    state().setAsOf('2019-01-01');
    // opening a chapter moves the cursor too, within the second
    useTracker.setState({ story: 1, asOf: '2019-02-01' });
    state().setAsOf('2019-03-01');
    expect(w.entries).toHaveLength(4);
    expect(w.entries[2]).toContain('story=1');
  });

  it('replaces the entry for the one change after replaceNextEntry (a chapter link filled in)', () => {
    const w = fakeWindow('?story=1');
    stop = startUrlSync(dataset, w.win);
    replaceNextEntry();
    state().setAsOf('2019-07-01');
    expect(w.entries).toHaveLength(1);
    expect(w.entries[0]).toContain('asOf=2019-07-01');
    state().toggleIssue('gsomia');
    expect(w.entries).toHaveLength(2);
  });

  it('back and forward re-apply the state of their entry, without adding one', () => {
    const w = fakeWindow();
    stop = startUrlSync(dataset, w.win);
    state().toggleIssue('gsomia');
    state().selectEvent(dataset.events[0]!.id);
    w.back();
    expect(state().filters.issues).toEqual(['gsomia']);
    expect(state().eventId).toBeNull();
    w.back();
    expect(state().filters.issues).toEqual([]);
    w.forward();
    expect(state().filters.issues).toEqual(['gsomia']);
    expect(w.win.history.pushState).toHaveBeenCalledTimes(2);
    expect(w.entries).toHaveLength(3);
  });

  it('stops: no more writes, no more popstate', () => {
    const w = fakeWindow();
    stop();
    stop = startUrlSync(dataset, w.win);
    stop();
    stop = () => {};
    state().toggleIssue('gsomia');
    expect(w.entries).toEqual(['']);
    expect(w.listeners.size).toBe(0);
  });
});

describe('startUrlSync with the browser’s own history (jsdom)', () => {
  beforeEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });
  /** Resolves on the next popstate: jsdom moves through history after a task, as browsers do. */
  const popstate = () =>
    new Promise<void>((resolve) =>
      window.addEventListener('popstate', () => resolve(), { once: true }),
    );

  it('coalesces typing into one entry; back returns to the state before it, forward to after', async () => {
    const start = window.history.length;
    stop = startUrlSync(dataset, window);
    state().toggleIssue('gsomia');
    for (const q of ['G', 'GS', 'GSOMIA']) state().setQuery(q);
    expect(window.location.search).toBe('?issues=gsomia&q=GSOMIA');
    expect(window.history.length).toBe(start + 2);

    let popped = popstate();
    window.history.back();
    await popped;
    expect(window.location.search).toBe('?issues=gsomia');
    expect(state().filters).toMatchObject({ issues: ['gsomia'], query: '' });

    popped = popstate();
    window.history.forward();
    await popped;
    expect(state().filters.query).toBe('GSOMIA');
    // moving through history added no entry
    expect(window.history.length).toBe(start + 2);
  });
});
