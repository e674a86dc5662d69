import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Header } from '../../src/features/header/Header';
import { dataset, renderWithData, resetStore } from './render';

describe('Header', () => {
  beforeEach(resetStore);

  it('shows the latest event’s date, where the search for events stops, and when the sources were checked', () => {
    renderWithData(<Header />);
    const line = screen.getByRole('banner').querySelector('.subtitle')!;
    expect(line).toHaveTextContent('Latest event: 12 Mar 2026');
    expect(line).toHaveTextContent('No events recorded after 13 Mar 2026');
    expect(line).toHaveTextContent('Sources checked: 2 Dec 2026');
    expect(line).not.toHaveTextContent('Data as of');
    const times = [...line.querySelectorAll('time')].map((t) => t.getAttribute('dateTime'));
    expect(times).toEqual(['2026-03-12', '2026-03-13', dataset.meta.sourcesCheckedOn]);
  });

  it('says no events are recorded after the day reports were searched through, not after the latest event', () => {
    const meta = { ...dataset.meta, searchedThrough: '2026-04-30', lastUpdated: '2026-04-30' };
    renderWithData(<Header />, { ...dataset, meta });
    const line = screen.getByRole('banner').querySelector('.subtitle')!;
    expect(line).toHaveTextContent(
      'Latest event: 12 Mar 2026 · No events recorded after 30 Apr 2026',
    );
  });

  it('leaves out the check date when the data has none, and says when there is no event', () => {
    const meta = { ...dataset.meta };
    delete meta.sourcesCheckedOn;
    renderWithData(<Header />, { ...dataset, meta, events: [] });
    const line = screen.getByRole('banner').querySelector('.subtitle')!;
    expect(line).toHaveTextContent('No events yet');
    expect(line).not.toHaveTextContent('Sources checked');
  });
});
