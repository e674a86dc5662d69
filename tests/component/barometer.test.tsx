import { screen, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Barometer } from '../../src/features/barometer/Barometer';
import BarometerChart from '../../src/features/barometer/BarometerChart';
import {
  barometerRows,
  barometerSeries,
  landmarksByMonth,
} from '../../src/derive/barometer-series';
import { useTracker } from '../../src/store/tracker-store';
import { makeEvent } from '../fixtures/make';
import { dataset, renderWithData, resetStore } from './render';

// jsdom has no layout: draw the chart at a fixed size, so that it has marks to count
vi.mock('recharts', async (importOriginal) => {
  const recharts = await importOriginal<typeof import('recharts')>();
  return {
    ...recharts,
    ResponsiveContainer: ({ children }: { children: ReactElement<object> }) =>
      cloneElement(children, { width: 800, height: 220 } as object),
  };
});

describe('the barometer chart', () => {
  beforeEach(resetStore);

  it('draws 3,000 landmarks over eight years as one mark per month', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      makeEvent({
        date: `${2018 + Math.floor((i % 96) / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
        goldstein: i % 2 ? 4 : -2,
        significance: 3,
      }),
    );
    const range = { from: '2018-01-01', to: '2025-12-31' };
    const rows = barometerRows(
      barometerSeries(events, 6, range),
      landmarksByMonth(events, range.from, range.to),
      '2025-12',
    );
    const { container } = renderWithData(
      <BarometerChart rows={rows} cursorMonth="2025-12" gapFrom={undefined} />,
    );
    // one element per landmark froze the page for seconds and ended in a RangeError
    expect(container.querySelectorAll('.landmark-dot')).toHaveLength(96);
  });

  it('leaves the months after the data blank and labels them as a gap', () => {
    const rows = barometerRows(
      [
        { month: '2025-12', sum: 3, count: 1, rolling: 3 },
        { month: '2026-01', sum: -2, count: 1, rolling: 0.5 },
      ],
      [],
      '2026-06',
    );
    const { container } = renderWithData(
      <BarometerChart rows={rows} cursorMonth="2026-06" gapFrom="2026-02" />,
    );
    expect(container).toHaveTextContent('no record');
    // two months of data: one cooperative bar and one conflict bar, nothing in the gap
    expect(container.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2);
  });
});

describe('the barometer section', () => {
  beforeEach(resetStore);

  it('its summary ends on the last day searched and says the months after are a gap, not a calm', () => {
    renderWithData(<Barometer />);
    const summary = screen.getByText(/Up to the cursor/);
    // the cursor opens on the last day searched: the mean ends there, not in a quiet November
    expect(summary).toHaveTextContent(/ends \w+ at -?[\d.]+ in March 2026/);
    expect(summary).toHaveTextContent(/The data record no event after 13 Mar 2026/);
    expect(summary).not.toHaveTextContent(/November 2026/);
    const named = screen.getByText(/^Landmark events marked by dots/).closest('details')!;
    expect(named).toHaveTextContent(/October 2018: Supreme Court orders Nippon Steel/);
  });

  it('at an earlier cursor names no landmark after it', () => {
    useTracker.setState({ asOf: '2019-09-01' });
    renderWithData(<Barometer />);
    const summary = screen.getByText(/Up to the cursor/);
    expect(summary).not.toHaveTextContent(/no event after/);
    const later = dataset.events.filter((e) => e.significance === 3 && e.date > '2019-09-01');
    const section = screen.getByRole('region', { name: 'Relations barometer' });
    for (const e of later) expect(section).not.toHaveTextContent(e.title);
    // the sentences (not the axis, which spans the data) read the same events: no later year
    for (const text of section.querySelectorAll('p, details'))
      expect(text).not.toHaveTextContent(/20(2\d)/);
    const key = screen.getByRole('list', { name: 'Key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual([
      expect.stringMatching(/^Cooperation/),
      expect.stringMatching(/^Conflict/),
      expect.stringMatching(/mean/),
      expect.stringMatching(/^Landmark/),
    ]);
    // each entry a word and a drawing, the drawing hidden from screen readers
    for (const item of within(key).getAllByRole('listitem'))
      expect(item.querySelector("svg[aria-hidden='true']")?.childElementCount).toBe(1);
  });
});
