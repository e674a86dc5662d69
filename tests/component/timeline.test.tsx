import { asOfItem } from '../fixtures/make';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { giveListAViewport } from './setup-layout';
import { eventsAsOf } from '../../src/derive/event-status';
import { PageLanes as LaneView } from '../../src/features/timeline/PageLanes';
import { ListView } from '../../src/features/timeline/ListView';
import {
  ListSlot,
  ROWS_PER_STEP,
  useRowsDrawn,
  VIRTUALISE_ABOVE,
} from '../../src/features/timeline/ListSlot';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderWithData, resetStore } from './render';
import ActivityChart from '../../src/features/timeline/ActivityChart';
import { createAxisChannel } from '../../src/features/lanes';
import { dayNumber } from '../../src/derive/dates';

const items = eventsAsOf(dataset.events, dataset.meta.lastUpdated, 'dim');

describe('ListView', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    resetStore();
    restore = giveListAViewport();
  });
  afterEach(() => restore());

  it('groups events by year, oldest first, and moves between them with the arrow keys', async () => {
    const user = userEvent.setup();
    renderWithData(<ListView items={items} order="oldest" laterLabel="" />);
    const list = screen.getByRole('region', { name: 'Events as a list' });
    expect(within(list).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('1965');
    const rows = within(list).getAllByRole('button');
    expect(rows[0]).toHaveAttribute('tabindex', '0');
    expect(rows[1]).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(list).getAllByRole('button')[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    const sorted = [...dataset.events].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    expect(useTracker.getState().eventId).toBe(sorted[1]!.id);
  });

  it('says so when nothing matches', () => {
    renderWithData(<ListView items={[]} order="newest" laterLabel="" />);
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
  });
});

describe('LaneView', () => {
  beforeEach(resetStore);

  it('draws one named lane per issue with markers named by date and title', () => {
    renderWithData(<LaneView items={items} />);
    const lanes = screen.getByRole('group', { name: 'Events in lanes by issue' });
    expect(
      within(lanes).getByRole('group', { name: /^Export controls: \d+ events$/ }),
    ).toBeInTheDocument();
    const markers = within(lanes).getAllByRole('button', { name: /\d{4}: / });
    expect(markers.length).toBeGreaterThan(10);
    // exactly one marker is in the tab order
    expect(markers.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('a planned event not yet held on the cursor date is named as planned', () => {
    const asOf = '2020-10-27';
    renderWithData(<LaneView items={eventsAsOf(dataset.events, asOf, 'dim')} />);
    useTracker.setState({ asOf });
    expect(screen.getAllByRole('button', { name: /Takizaki.*planned/i }).length).toBeGreaterThan(0);
  });

  it('names the key events beside their markers, the 2018 ruling among them', () => {
    const { container } = renderWithData(<LaneView items={items} />);
    const labels = [...container.querySelectorAll('.mark-label')].map((l) => l.textContent ?? '');
    expect(labels.length).toBeGreaterThanOrEqual(15);
    expect(labels.some((l) => l.startsWith('Supreme Court orders Nippon Steel to pay'))).toBe(true);
    // one label per event, however many lanes it is drawn in
    const events = [...container.querySelectorAll('.mark-label')].map((l) =>
      l.getAttribute('data-event'),
    );
    expect(new Set(events).size).toBe(events.length);
  });

  it('says “planned” in the label of the Takizaki–Kim talks as of 27 October 2020', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<LaneView items={eventsAsOf(dataset.events, '2020-10-27', 'dim')} />);
    const label = screen.getByText((_, el) =>
      Boolean(
        el?.classList.contains('mark-label') && /^Takizaki–Kim talks/.test(el.textContent ?? ''),
      ),
    );
    expect(within(label).getByText(/· planned/)).toBeInTheDocument();
  });

  it('dims what comes after the cursor: later markers, later clusters, and the later part of a cluster', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<LaneView items={eventsAsOf(dataset.events, '2020-10-27', 'dim')} />);
    const clusters = screen.getAllByRole('button', { name: /events from .*: zoom in$/ });
    const later = clusters.filter((c) => c.getAttribute('data-status') === 'unknown');
    const straddling = clusters.filter((c) => c.getAttribute('data-status') === 'partial');
    expect(later.length).toBeGreaterThan(0);
    for (const c of later)
      expect(c).toHaveAccessibleName(/(\d+) events from .*, \1 of them after 27 Oct 2020/);
    for (const c of straddling) expect(c).toHaveAccessibleName(/of them after 27 Oct 2020/);
    const singles = screen.getAllByRole('button', { name: /not yet known on 27 Oct 2020/ });
    for (const m of singles) expect(m).toHaveAttribute('data-status', 'unknown');
    // and a later event's label says so too
    expect(
      [...document.querySelectorAll('.mark-label[data-later="true"]')].every((l) =>
        /not yet known/.test(l.textContent ?? ''),
      ),
    ).toBe(true);
  });

  it('zoom buttons change the axis and Fit all shows the background from 1965', async () => {
    const user = userEvent.setup();
    renderWithData(<LaneView items={items} />);
    expect(screen.getByText(/earlier events outside this view/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(screen.queryByText(/outside this view/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText(/outside this view/)).toBeInTheDocument();
  });
});

describe('ListSlot', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    resetStore();
    restore = giveListAViewport();
  });
  afterEach(() => restore());

  it('in the wide lanes layout the hidden list is dropped once the app runs', () => {
    renderWithData(<ListSlot items={items} />);
    expect(screen.queryByRole('region', { name: 'Events as a list' })).not.toBeInTheDocument();
  });

  it('a list of a few hundred rows is all there, as plain markup, drawn in steps', async () => {
    useTracker.setState({ view: 'list' });
    renderWithData(<ListSlot items={items} />);
    const list = screen.getByRole('region', { name: 'Events as a list' });
    // the first rows at once, and no count until all are there
    const first = within(list).getAllByRole('button').length;
    expect(first).toBeLessThanOrEqual(30 + ROWS_PER_STEP);
    expect(within(list).queryByRole('list', { name: /events, newest first/ })).toBeNull();
    await within(list).findByRole(
      'list',
      { name: `${dataset.events.length} events, newest first` },
      { timeout: 15_000 },
    );
    expect(within(list).getAllByRole('button')).toHaveLength(dataset.events.length);
  });

  it('opens newest first at the cursor, later events after their heading; a switch reads it oldest first', async () => {
    const user = userEvent.setup();
    useTracker.setState({ view: 'list', asOf: '2018-10-30' });
    // a few years around the ruling keep the test quick
    const atRuling = eventsAsOf(dataset.events, '2018-10-30', 'dim').filter(
      (it) => it.event.date >= '2015-01-01' && it.event.date < '2019-03-01',
    );
    renderWithData(<ListSlot items={atRuling} />);
    const list = screen.getByRole('region', { name: 'Events as a list' });
    const firstRow = within(list).getAllByRole('button')[0]!;
    // the newest event known on the day comes first, not 1965 and not a later event
    expect(firstRow).toHaveTextContent(/30 October 2018/);
    expect(within(list).getByRole('heading', { name: /^After 30 Oct 2018/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(screen.getByRole('button', { name: 'Oldest first' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(list).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('2015');
    expect(within(list).queryByRole('heading', { name: /^After / })).not.toBeInTheDocument();
  });

  it('grows a plain list in steps to all its rows, and never a virtualised one', () => {
    vi.useFakeTimers();
    // each step's timer is set once the step before has been drawn
    const allSteps = () => {
      for (let i = 0; i < 50 && vi.getTimerCount() > 0; i++)
        act(() => void vi.runOnlyPendingTimers());
    };
    try {
      const plain = renderHook(({ total, hydrated }) => useRowsDrawn(total, hydrated).drawn, {
        initialProps: { total: 200, hydrated: false },
      });
      allSteps();
      // the prerendered rows until the app runs
      expect(plain.result.current).toBe(30);
      plain.rerender({ total: 200, hydrated: true });
      act(() => void vi.advanceTimersToNextTimer());
      expect(plain.result.current).toBe(30 + ROWS_PER_STEP);
      allSteps();
      expect(plain.result.current).toBe(200);
      // once all were drawn, a longer list is drawn whole
      plain.rerender({ total: 300, hydrated: true });
      expect(plain.result.current).toBe(300);
      const virtual = renderHook(() => useRowsDrawn(VIRTUALISE_ABOVE + 1, true).drawn);
      allSteps();
      expect(virtual.result.current).toBe(30);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with IntersectionObserver, draws the next rows only as the end of the list nears the screen', () => {
    vi.useFakeTimers();
    const observers: {
      notify: (near: boolean) => void;
      target: Element | null;
      options?: IntersectionObserverInit;
    }[] = [];
    class FakeObserver {
      target: Element | null = null;
      constructor(
        private callback: IntersectionObserverCallback,
        readonly options?: IntersectionObserverInit,
      ) {
        observers.push(this);
      }
      observe(target: Element) {
        this.target = target;
      }
      disconnect() {
        this.target = null;
      }
      notify(near: boolean) {
        const entry = { isIntersecting: near, target: this.target } as IntersectionObserverEntry;
        this.callback([entry], this as unknown as IntersectionObserver);
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const end = { current: document.createElement('div') };
    const watched = () => observers.find((o) => o.target === end.current)!;
    try {
      const list = renderHook(() => useRowsDrawn(200, true, end));
      act(() => void vi.runOnlyPendingTimers());
      // far from the screen: nothing more is drawn
      expect(list.result.current.drawn).toBe(30);
      act(() => watched().notify(true));
      act(() => void vi.runOnlyPendingTimers());
      expect(list.result.current.drawn).toBe(30 + ROWS_PER_STEP);
      // still near after a step: the next one follows; out of reach, they stop
      act(() => void vi.runOnlyPendingTimers());
      expect(list.result.current.drawn).toBe(30 + 2 * ROWS_PER_STEP);
      act(() => watched().notify(false));
      act(() => void vi.runOnlyPendingTimers());
      expect(list.result.current.drawn).toBe(30 + 2 * ROWS_PER_STEP);
      expect(vi.getTimerCount()).toBe(0);
      // a key that moves past the drawn rows draws them all
      act(() => list.result.current.drawAll());
      expect(list.result.current.drawn).toBe(200);
      // in the page's flow "ahead" is measured on the screen; in a box that scrolls, in the box
      expect(observers[0]!.options?.root ?? null).toBeNull();
      const box = document.createElement('div');
      box.style.overflowY = 'auto';
      const inBox = { current: box.appendChild(document.createElement('div')) };
      renderHook(() => useRowsDrawn(200, true, inBox));
      expect(observers.find((o) => o.target === inBox.current)?.options?.root).toBe(box);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });

  it('a key past the rows drawn so far draws the rest and lands on the event it asked for', async () => {
    // an observer that never reports the end near: only the keys draw more
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    try {
      const user = userEvent.setup();
      useTracker.setState({ view: 'list' });
      renderWithData(<ListSlot items={items} />);
      const list = screen.getByRole('region', { name: 'Events as a list' });
      const drawn = within(list).getAllByRole('button');
      expect(drawn.length).toBeLessThan(dataset.events.length);
      await user.click(drawn[0]!);
      await user.keyboard('{End}');
      const oldest = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
      await waitFor(() =>
        expect(document.activeElement).toHaveTextContent(oldest.title.slice(0, 30)),
      );
      expect(within(list).getAllByRole('button')).toHaveLength(dataset.events.length);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('marks landmark events in words', async () => {
    useTracker.setState({ view: 'list' });
    renderWithData(<ListSlot items={items} />);
    const list = screen.getByRole('region', { name: 'Events as a list' });
    await within(list).findByRole(
      'list',
      { name: /^\d+ events, newest first$/ },
      { timeout: 15_000 },
    );
    const landmarks = dataset.events.filter((e) => e.significance === 3).length;
    expect(within(list).getAllByText('Landmark ·', { exact: false })).toHaveLength(landmarks);
  });

  it('a longer list shows its first rows, then the virtual list takes over in List view', async () => {
    useTracker.setState({ view: 'list' });
    const many = Array.from({ length: 600 }, (_, i) =>
      asOfItem({ ...dataset.events[i % dataset.events.length]!, id: `many-${i}` }),
    );
    renderWithData(<ListSlot items={many} />);
    const list = await screen.findByRole('list', { name: '600 events, newest first' });
    // virtualised: far fewer rows in the page than events
    expect(within(list).getAllByRole('button').length).toBeLessThan(60);
  });
});

describe('ActivityChart beside the lanes', () => {
  beforeEach(() => resetStore());

  const eventsIn = (from: string, to: string) =>
    dataset.events.filter((e) => e.date >= from && e.date < to).length;
  const span = (from: string, to: string) => ({
    domain: { start: dayNumber(from), end: dayNumber(to) },
    ticks: [],
  });

  it('counts in its summary the months of the lanes’ span, the months its bars are drawn for', () => {
    const axis = createAxisChannel();
    axis.set(span('2019-07-01', '2019-12-31'));
    renderWithData(<ActivityChart axis={axis} />);
    const chart = screen.getByRole('group', { name: /^Events per month/ });
    const n = eventsIn('2019-07-01', '2020-01-01');
    expect(n).toBeGreaterThan(1);
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(`${n} events from July 2019 to December 2019;`),
    );
  });

  it('follows the lanes when they zoom, and its own months when they go', () => {
    const axis = createAxisChannel();
    axis.set(span('2019-07-01', '2019-12-31'));
    renderWithData(<ActivityChart axis={axis} />);
    const chart = screen.getByRole('group', { name: /^Events per month/ });
    act(() => axis.set(span('2023-03-01', '2023-03-31')));
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        `${eventsIn('2023-03-01', '2023-04-01')} events from March 2023 to March 2023;`,
      ),
    );
    act(() => axis.set(null));
    expect(chart).toHaveAccessibleName(expect.stringContaining('from January 2018 to'));
    expect(chart).not.toHaveAccessibleName(expect.stringContaining('not counted'));
  });

  it('says that the months before its first bar are not counted when the lanes reach back', () => {
    const axis = createAxisChannel();
    axis.set(span('2015-01-01', '2019-01-01'));
    renderWithData(<ActivityChart axis={axis} />);
    expect(screen.getByRole('group', { name: /^Events per month/ })).toHaveAccessibleName(
      expect.stringContaining('Bars start in January 2018: earlier months are not counted.'),
    );
  });

  it('takes the stacked bars apart on request: one row per issue, named with its count', async () => {
    const user = userEvent.setup();
    const axis = createAxisChannel();
    axis.set(span('2019-07-01', '2019-12-31'));
    renderWithData(<ActivityChart axis={axis} />);
    await user.click(screen.getByText('One row per issue'));
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(dataset.issues.length);
    const exportControls = dataset.events.filter(
      (e) =>
        e.date >= '2019-07-01' && e.date < '2020-01-01' && e.issues.includes('export-controls'),
    ).length;
    expect(exportControls).toBeGreaterThan(0);
    expect(rows.find((r) => r.textContent?.startsWith('Export controls'))).toHaveTextContent(
      `Export controls ${exportControls} events`,
    );
    expect(
      screen.getByText(
        /^Each issue on its own row with its events in the months shown, all on one scale/,
      ),
    ).toBeInTheDocument();
  });
});
