import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SummitChecklist } from '../../src/features/checklist/SummitChecklist';
import { TimeCursor } from '../../src/features/cursor/TimeCursor';
import { IssueTracker } from '../../src/features/issues/IssueTracker';
import { useTracker } from '../../src/store/tracker-store';
import { renderWithData, resetStore } from './render';
import bundled from '../../data/dataset.json';

describe('IssueTracker', () => {
  beforeEach(resetStore);

  it('gives each issue a status word as of the cursor, and choosing a row filters the timeline', async () => {
    useTracker.setState({ asOf: '2020-10-27' });
    const user = userEvent.setup();
    renderWithData(<IssueTracker />);
    const region = screen.getByRole('region', { name: 'Issue tracker' });
    const row = within(region).getByRole('row', { name: /Export controls/ });
    expect(row).toHaveTextContent(/Active|Escalating/);
    expect(row).not.toHaveTextContent('Easing');
    await user.click(
      within(row).getByRole('button', { name: 'Show only Export controls on the timeline' }),
    );
    expect(useTracker.getState().filters.issues).toEqual(['export-controls']);
  });

  it('opens the explainer with both sides’ positions and their sources', async () => {
    const user = userEvent.setup();
    renderWithData(<IssueTracker />);
    const explain = screen.getByRole('button', { name: 'Explain GSOMIA' });
    expect(explain).toHaveAttribute('aria-expanded', 'false');
    await user.click(explain);
    expect(explain).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Tokyo’s position')).toBeInTheDocument();
    expect(screen.getByText('Seoul’s position')).toBeInTheDocument();
    const links = within(document.getElementById('explainer-gsomia')!).getAllByRole('link');
    expect(links.length).toBe(2);
    for (const link of links) expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('an issue with no event known on the date is not listed: its name would tell of later', () => {
    useTracker.setState({ asOf: '1966-01-01' });
    renderWithData(<IssueTracker />);
    expect(screen.queryByRole('row', { name: /GSOMIA/ })).toBeNull();
    expect(screen.getByRole('row', { name: /Forced labour/ })).toBeInTheDocument();
  });
});

describe('SummitChecklist', () => {
  beforeEach(resetStore);

  it('as of 27 Oct 2020 Tokyo’s asset condition is Not met and the summit not held', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<SummitChecklist />);
    const region = screen.getByRole('region', { name: 'Summit conditions' });
    const asset = within(region)
      .getAllByRole('listitem')
      .find((li) => li.dataset.condition === 'tokyo-no-asset-sale')!;
    expect(asset).toHaveTextContent('Not met');
    expect(asset.querySelector('.condition-mark')).toHaveTextContent('✗');
    expect(region).toHaveTextContent(/Not held yet/);
  });

  it('as of 1 June 2024 the summit was held; Seoul’s demand is Met and listed apart from the conditions', () => {
    useTracker.setState({ asOf: '2024-06-01' });
    renderWithData(<SummitChecklist />);
    const region = screen.getByRole('region', { name: 'Summit conditions' });
    expect(region).toHaveTextContent('Held on 27 May 2024');
    const stated = within(region).getByRole('list', { name: 'Stated conditions' });
    expect(
      within(stated)
        .getAllByRole('listitem')
        .filter((li) => li.dataset.condition)
        .map((li) => li.dataset.condition),
    ).toEqual(['tokyo-no-asset-sale', 'tokyo-labour-measures']);
    const demands = within(region).getByRole('list', {
      name: 'Demands not stated as conditions for the summit',
    });
    const seoul = within(demands)
      .getAllByRole('listitem')
      .find((li) => li.dataset.condition === 'seoul-lift-export-controls')!;
    expect(seoul).toHaveTextContent(
      'Seoul’s demand (not a stated condition for the summit): Japan should swiftly withdraw',
    );
    expect(seoul).toHaveTextContent(/Met since/);
    expect(seoul).toHaveTextContent(/no preconditions|not depend on first resolving/);
    expect(within(seoul).getByRole('list', { name: 'Evidence' })).toBeInTheDocument();
  });
});

describe('TimeCursor', () => {
  beforeEach(resetStore);

  it('steps to the next and previous event dates and back to the latest', async () => {
    useTracker.setState({ asOf: '2019-07-01' });
    const user = userEvent.setup();
    renderWithData(<TimeCursor />);
    const input = screen.getByLabelText('As of', { selector: 'input[type=date]' });
    expect(input).toHaveValue('2019-07-01');
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    const next = (input as HTMLInputElement).value;
    expect(next > '2019-07-01').toBe(true);
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(input).toHaveValue('2019-07-01');
    await user.click(screen.getByRole('button', { name: 'Latest' }));
    expect(useTracker.getState().asOf).toBeNull();
    expect(screen.getByRole('button', { name: 'Latest' })).toBeDisabled();
  });

  it('opens on the last day reports were searched, not the day the file was edited, and goes no later', async () => {
    const { searchedThrough, lastUpdated } = bundled.meta;
    expect(searchedThrough < lastUpdated).toBe(true); // the case this guards
    // a shared link from a later day reads as the last day the data can speak for
    useTracker.setState({ asOf: lastUpdated });
    renderWithData(<TimeCursor />);
    const input = screen.getByLabelText('As of', { selector: 'input[type=date]' });
    expect(input).toHaveValue(searchedThrough);
    expect(input).toHaveAttribute('max', searchedThrough);
    expect(screen.getByRole('button', { name: /Next event/ })).toBeDisabled();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect((input as HTMLInputElement).value < searchedThrough).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Latest' }));
    expect(input).toHaveValue(searchedThrough);
  });

  it('the slider has an accessible name and speaks the date', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<TimeCursor />);
    expect(screen.getByRole('slider', { name: 'As of (slider)' })).toHaveAttribute(
      'aria-valuetext',
      '27 Oct 2020',
    );
  });
});
