import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DatasetCancelled, DatasetProgress } from '../../src/app/DatasetProgress';
import { ProblemPanel } from '../../src/app/ProblemPanel';
import { createProblemCollector } from '../../src/model/problem-summary';

const MB = 1024 * 1024;

describe('DatasetProgress', () => {
  it('shows how much has arrived in a named progress bar, and cancels', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const { rerender } = render(
      <DatasetProgress
        progress={{ phase: 'download', received: 12.3 * MB, total: 47.1 * MB, checked: 0 }}
        onCancel={onCancel}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Loading dataset: 12.3 of 47.1 MB' });
    expect(bar).toHaveAttribute('value', String(12.3 * MB));
    expect(bar).toHaveAttribute('max', String(47.1 * MB));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');

    rerender(
      <DatasetProgress
        progress={{ phase: 'check', checked: 40_000, total: 100_000 }}
        onCancel={onCancel}
      />,
    );
    expect(
      screen.getByRole('progressbar', { name: 'Checking 40,000 of 100,000 events' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Checking the events');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('is indeterminate while the size is unknown', () => {
    render(
      <DatasetProgress
        progress={{ phase: 'download', received: MB, total: null, checked: 0 }}
        onCancel={() => {}}
      />,
    );
    expect(
      screen.getByRole('progressbar', { name: 'Loading dataset: 1.0 MB' }),
    ).not.toHaveAttribute('value');
  });
});

describe('DatasetCancelled', () => {
  it('says nothing is shown, takes focus, and offers the bundled dataset or another try', async () => {
    const user = userEvent.setup();
    const onUseBundled = vi.fn();
    const onRetry = vi.fn();
    render(<DatasetCancelled source="/big.json" onUseBundled={onUseBundled} onRetry={onRetry} />);
    const heading = screen.getByRole('heading', { name: 'Loading was cancelled' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('/big.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use the bundled dataset instead' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onUseBundled).toHaveBeenCalledOnce();
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('ProblemPanel', () => {
  it('lists a few problems one by one, without a count by kind', () => {
    render(
      <ProblemPanel
        title="The dataset does not follow the format"
        problems={[
          { path: 'events[3].date', message: 'not a valid date' },
          { path: 'events[5].id', message: 'duplicate event id “a” (first at index 4)' },
        ]}
        onUseBundled={() => {}}
      />,
    );
    const alert = screen.getByRole('alert', { name: 'The dataset does not follow the format' });
    expect(alert).toHaveTextContent('2 problems were found. Nothing from this file is shown.');
    expect(within(alert).queryByRole('heading', { name: 'Problems by kind' })).toBeNull();
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'events[3].date: not a valid date',
      'events[5].id: duplicate event id “a” (first at index 4)',
    ]);
  });

  it('counts the problems of a large file by kind and lists the first 200', async () => {
    const collector = createProblemCollector();
    for (let i = 0; i < 100_001; i++) {
      collector.add({ path: `events[${i}].date`, message: 'not a valid date' });
      if (i % 8 === 0)
        collector.add({ path: `events[${i}].actors[0]`, message: `unknown actor “a${i % 3}”` });
    }
    collector.add({ path: 'meta.title', message: 'Too small' });
    const { problems, summary } = collector.result();
    const onUseBundled = vi.fn();
    render(
      <ProblemPanel
        title="The dataset does not follow the format"
        problems={problems}
        summary={summary}
        onUseBundled={onUseBundled}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('112,503 problems were found');
    const kinds = within(alert).getByRole('list', { name: 'Problems by kind' });
    expect(
      within(kinds)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'events[*].date: not a valid date — 100,001 events',
      'events[*].actors[*]: unknown actor “…” — 12,501 events',
      'meta.title: Too small',
    ]);
    const first = within(alert).getByRole('list', { name: 'The first 200' });
    expect(within(first).getAllByRole('listitem')).toHaveLength(200);
    expect(alert).toHaveTextContent('…and 112,303 more.');
    await userEvent
      .setup()
      .click(within(alert).getByRole('button', { name: 'Use the bundled dataset instead' }));
    expect(onUseBundled).toHaveBeenCalledOnce();
  });

  it('takes focus when nothing else has it', () => {
    render(
      <ProblemPanel
        title="The dataset could not be loaded"
        problems={[{ path: '(file)', message: 'the server answered 404' }]}
        onUseBundled={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'The dataset could not be loaded' })).toHaveFocus();
  });
});
