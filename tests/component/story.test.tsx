import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CompareControl from '../../src/features/compare/CompareControl';
import ComparePanel from '../../src/features/compare/ComparePanel';
import StoryPanel from '../../src/features/story/StoryPanel';
import { useTracker } from '../../src/store/tracker-store';
import { renderIn, renderWithData, resetStore } from './render';

// the comparison fetches data/indicators.json; here the indicators fail to load, which the
// panel says, and everything else still shows
beforeEach(() => {
  resetStore();
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404 })));
});

describe('StoryPanel', () => {
  it('shows the chapter with its events, and Next chapter moves the cursor to the next one’s day', async () => {
    useTracker.setState({ story: 4, asOf: '2019-07-04' });
    const user = userEvent.setup();
    renderWithData(<StoryPanel />);
    expect(screen.getByRole('heading', { name: 'The July 2019 curbs' })).toBeInTheDocument();
    expect(screen.getByText('Chapter 4 of 11')).toBeInTheDocument();
    await user.click(
      screen.getAllByRole('button', { name: /Open the event “Japan announces tighter export/ })[0]!,
    );
    expect(useTracker.getState().eventId).toBe(
      '2019-07-01-japan-announces-export-controls-three-materials',
    );
    await user.click(screen.getByRole('button', { name: 'Next chapter' }));
    expect(useTracker.getState()).toMatchObject({ story: 5, asOf: '2019-08-28', eventId: null });
    expect(useTracker.getState().filters).toMatchObject({
      from: '2019-07-15',
      to: '2019-09-15',
      issues: ['white-list', 'gsomia', 'export-controls'],
    });
  });

  it('fills in a bare ?story=N link with the chapter’s view', () => {
    useTracker.setState({ story: 2, asOf: null });
    renderWithData(<StoryPanel />);
    expect(useTracker.getState().asOf).toBe('2018-11-29');
  });

  it('says so when the chapter does not exist', () => {
    useTracker.setState({ story: 40 });
    renderWithData(<StoryPanel />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no chapter 40: the story has 11 chapters.',
    );
  });

  it('reads in Korean', async () => {
    useTracker.setState({ story: 1, asOf: '1965-12-18' });
    await renderIn('ko', <StoryPanel />);
    expect(screen.getByRole('heading', { name: '1965년의 타결' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '다음 장' })).toBeEnabled();
  });
});

describe('ComparePanel', () => {
  it('says in words that the export controls went from escalating to resolved', async () => {
    useTracker.setState({ compare: { from: '2019-07-01', to: '2023-03-24' } });
    renderWithData(<ComparePanel />);
    const region = screen.getByRole('region', { name: '1 July 2019 compared with 24 March 2023' });
    const row = within(region).getByRole('row', { name: /^Export controls/ });
    expect(row).toHaveTextContent(/escalating.*resolved/);
    expect(await screen.findByRole('alert')).toHaveTextContent('indicators could not be loaded');
    const text = within(region).getByRole('textbox', { name: 'The comparison as plain text' });
    expect((text as HTMLTextAreaElement).value).toContain('Export controls: escalating → resolved');
  });

  it('sets out each comparison as a table with a column for each date', async () => {
    useTracker.setState({ compare: { from: '2019-07-01', to: '2023-03-24' } });
    renderWithData(<ComparePanel />);
    const region = screen.getByRole('region', { name: '1 July 2019 compared with 24 March 2023' });
    await screen.findByRole('alert'); // the indicators, which jsdom cannot load: no table
    const tables = within(region).getAllByRole('table');
    const dates = ['On 1 July 2019', 'On 24 March 2023'];
    expect(
      tables.map((t) =>
        within(t)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ),
    ).toEqual([['Issue', ...dates, 'Events between'], ['Condition', ...dates], dates]);
    const condition = within(tables[1]!).getAllByRole('row')[1]!;
    expect(within(condition).getAllByRole('cell')).toHaveLength(2);
    expect(within(condition).getByRole('rowheader')).not.toHaveTextContent(/^$/);
    const barometer = within(tables[2]!).getAllByRole('cell');
    expect(barometer.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^(-?\d+\.\d|no figure)$/),
      expect.stringMatching(/^(-?\d+\.\d|no figure)$/),
    ]);
  });

  it('reads in Japanese', async () => {
    useTracker.setState({ compare: { from: '2019-07-01', to: '2023-03-24' } });
    await renderIn('ja', <ComparePanel />);
    const row = screen.getByRole('row', { name: /^輸出管理/ });
    expect(row).toHaveTextContent(/悪化.*解決/);
  });
});

describe('CompareControl', () => {
  it('compares the cursor’s date with another, earlier first', async () => {
    useTracker.setState({ asOf: '2019-07-01' });
    const user = userEvent.setup();
    renderWithData(<CompareControl />);
    await user.click(screen.getByRole('button', { name: 'Compare with…' }));
    await user.type(screen.getByLabelText('Compare the cursor date with'), '2023-03-24');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(useTracker.getState().compare).toEqual({ from: '2019-07-01', to: '2023-03-24' });
  });
});
