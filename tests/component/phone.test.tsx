import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FutureMode } from '../../src/features/cursor/FutureMode';
import { FilterBar } from '../../src/features/filters/FilterBar';
import { FiltersSheet } from '../../src/features/filters/FiltersSheet';
import { activeFilterCount } from '../../src/features/filters/active-filter-count';
import { IssueTracker } from '../../src/features/issues/IssueTracker';
import { emptyFilters } from '../../src/derive/filter';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderWithData, resetStore } from './render';

function renderSheet() {
  return renderWithData(
    <FiltersSheet>
      <FilterBar headed={false} />
      <FutureMode />
    </FiltersSheet>,
  );
}

describe('activeFilterCount', () => {
  it.each([
    [{}, 0],
    [{ issues: ['gsomia', 'wto'] }, 2],
    [{ actors: ['moon-jae-in'], kinds: ['ruling'] }, 2],
    [{ from: '2019-07-01' }, 1],
    [{ from: '2019-07-01', to: '2019-12-31' }, 1],
    [{ query: 'takizaki' }, 1],
    [{ query: '   ' }, 0],
    [{ issues: ['gsomia'], query: 'x', to: '2020-01-01' }, 3],
  ])('%j counts %i', (patch, n) => {
    expect(activeFilterCount({ ...emptyFilters, ...patch })).toBe(n);
  });
});

describe('FiltersSheet (the folded filters on a phone)', () => {
  beforeEach(resetStore);

  it('says how many filters are set', () => {
    useTracker.setState({ filters: { ...emptyFilters, issues: ['gsomia'], query: 'seoul' } });
    renderSheet();
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens a sheet named Filters holding the filter controls, moves focus in, and Done gives it back', async () => {
    const user = userEvent.setup();
    renderSheet();
    const opener = screen.getByRole('button', { name: 'Filters' });
    await user.click(opener);
    const sheet = await screen.findByRole('dialog', { name: 'Filters' });
    await waitFor(() =>
      expect(within(sheet).getByRole('heading', { name: 'Filters' })).toHaveFocus(),
    );
    expect(within(sheet).getByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
    expect(within(sheet).getByRole('group', { name: 'Later events' })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: /^GSOMIA/ }));
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toHaveFocus();
  });
});

describe('IssueTracker as cards', () => {
  beforeEach(resetStore);

  it('names every value in a row, so that each row can stand as a card on a phone', () => {
    renderWithData(<IssueTracker />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(dataset.issues.length);
    for (const row of rows) {
      const labels = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.dataset.label)
        .filter(Boolean);
      expect(labels).toEqual([
        'Status',
        'Since',
        'Set by',
        'Events',
        expect.stringMatching(/^Per year since \d{4}$/),
      ]);
      expect(within(row).getByRole('rowheader')).toBeInTheDocument();
    }
  });
});
