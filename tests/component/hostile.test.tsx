/** Hostile input, component level (issue #25, finding 8): each part fails on its own. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemPanel } from '../../src/app/ProblemPanel';
import { lazyOwn } from '../../src/features/common/lazy-part';
import { Notices } from '../../src/features/header/Notices';
import { BUNDLED_FAILED } from '../../src/model/load';
import { MAX_NOTICES, useTracker } from '../../src/store/tracker-store';

beforeEach(() => useTracker.setState(useTracker.getInitialState(), true));

describe('a part whose code fails to load', () => {
  it('says so in its own place, beside parts that work, and Try again loads it', async () => {
    const load = vi
      .fn<() => Promise<() => React.JSX.Element>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <p>Export tools</p>);
    const ExportTools = lazyOwn(load);
    render(
      <section aria-label="Timeline">
        <p>Lanes</p>
        <Suspense fallback={<p>Loading</p>}>
          <ExportTools />
        </Suspense>
      </section>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part could not be loaded: Failed to fetch dynamically imported module',
    );
    expect(screen.getByText('Lanes')).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Export tools')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a failed bundled dataset', () => {
  it('offers another try, not the same file again', () => {
    const retry = vi.fn();
    render(
      <ProblemPanel
        title={BUNDLED_FAILED}
        problems={[{ path: '(file)', message: 'the server answered 503' }]}
        onUseBundled={retry}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Use the bundled dataset instead' })).toBeNull();
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(retry).toHaveBeenCalledOnce();
  });
});

describe('a flood of notices', () => {
  it('lists the first few and counts the rest', () => {
    useTracker
      .getState()
      .addNotices(Array.from({ length: 500 }, (_, i) => ({ kind: 'text', text: `Notice ${i}` })));
    render(<Notices />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(MAX_NOTICES + 1);
    expect(items.at(-1)).toHaveTextContent(`…and ${500 - MAX_NOTICES} more`);
  });
});
