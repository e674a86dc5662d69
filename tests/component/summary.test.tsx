import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SectionBar } from '../../src/features/summary/SectionBar';
import { WhereThingsStand } from '../../src/features/summary/WhereThingsStand';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderIn, renderWithData, resetStore } from './render';

describe('WhereThingsStand', () => {
  beforeEach(resetStore);

  it('names each issue escalating or active with the event that set it, and opens that event', async () => {
    const user = userEvent.setup();
    useTracker.setState({ asOf: '2019-07-04' });
    renderWithData(<WhereThingsStand />);
    const block = screen.getByRole('region', { name: 'Where things stand on 4 Jul 2019' });
    const issues = within(block).getByRole('list', { name: 'Issues escalating or active' });
    const controls = within(issues)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.startsWith('Export controls'))!;
    expect(controls).toHaveTextContent('Export controls ▲ Escalating since 1 Jul 2019');
    await user.click(within(controls).getByRole('link'));
    expect(useTracker.getState().eventId).toMatch(/^2019-07-01-/);
  });

  it('lists the three latest events on or before the cursor, newest first', () => {
    useTracker.setState({ asOf: '2019-07-04' });
    renderWithData(<WhereThingsStand />);
    const latest = screen.getByRole('heading', { name: 'Latest events' }).nextElementSibling!;
    const dates = within(latest as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(dates).toHaveLength(3);
    expect(dates[0]).toBe('2019-07-04');
    expect([...dates].sort().reverse()).toEqual(dates);
    // an event the data dates only to its month says the month, not a day
    expect(latest).toHaveTextContent(/July 2019 Korean consumers/);
  });

  it('before the first event says that nothing had happened yet', () => {
    const first = [...dataset.events].map((e) => e.date).sort()[0]!;
    const before = new Date(Date.parse(first) - 86_400_000).toISOString().slice(0, 10);
    useTracker.setState({ asOf: before });
    renderWithData(<WhereThingsStand />);
    expect(screen.getByText('No issue was escalating or active.')).toBeInTheDocument();
    expect(screen.getByText('No event had taken place yet.')).toBeInTheDocument();
  });

  it('reads in Korean on the Korean page', async () => {
    await renderIn('ko', <WhereThingsStand />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/현재 상황$/);
    expect(screen.getByRole('heading', { name: '최근 사건' })).toBeInTheDocument();
  });
});

describe('SectionBar', () => {
  it('links to the timeline, the tracker, the checklist and the numbers', () => {
    renderWithData(<SectionBar />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Timeline', '#timeline-heading'],
      ['Issues', '#tracker-heading'],
      ['Summit', '#checklist-heading'],
      ['Numbers', '#barometer-heading'],
      ['Story', '#guide'],
    ]);
  });
});
