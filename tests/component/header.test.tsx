import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Header } from '../../src/features/header/Header';
import { dataset, renderWithData, resetStore } from './render';

describe('Header', () => {
  beforeEach(resetStore);

  it('shows the latest event’s date, derived from the events, and when the sources were checked', () => {
    renderWithData(<Header />);
    const line = screen.getByRole('banner').querySelector('.subtitle')!;
    expect(line).toHaveTextContent('Latest event: 13 Jan 2026');
    expect(line).toHaveTextContent('Sources checked: 2 Dec 2026');
    expect(line).not.toHaveTextContent('Data as of');
    const times = [...line.querySelectorAll('time')].map((t) => t.getAttribute('dateTime'));
    expect(times).toEqual(['2026-01-13', dataset.meta.sourcesCheckedOn]);
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
