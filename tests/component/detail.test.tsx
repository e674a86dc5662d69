import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { ProblemPanel } from '../../src/app/ProblemPanel';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderWithData, resetStore } from './render';

describe('EventDetail', () => {
  beforeEach(resetStore);

  it('shows the event with every source as a safe link, and related events as links', () => {
    const event = dataset.events.find((e) => e.related.length > 0 && e.sources.length > 1)!;
    useTracker.setState({ eventId: event.id });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: event.title });
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    const sources = within(dialog).getByRole('heading', { name: 'Sources' })
      .nextElementSibling as HTMLElement;
    const links = within(sources).getAllByRole('link');
    expect(links).toHaveLength(event.sources.length);
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(within(dialog).getByRole('heading', { name: 'Related events' })).toBeInTheDocument();
  });

  it('shows each correction with its date', () => {
    const event = dataset.events.find(
      (e) => e.id === '2019-07-01-korean-consumer-boycott-japanese-goods',
    )!;
    useTracker.setState({ eventId: event.id });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: event.title });
    const list = within(dialog).getByRole('list', { name: 'Corrections' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(event.corrections!.length);
    expect(list).toHaveTextContent(
      'Corrected on 2 Dec 2026: Coding corrected: CAMEO 163 (impose embargo, boycott or sanctions, −8) → 143',
    );
  });

  it('has no corrections list for an event never corrected', () => {
    const event = dataset.events.find((e) => !e.corrections)!;
    useTracker.setState({ eventId: event.id });
    renderWithData(<EventDetail />);
    expect(screen.queryByRole('list', { name: 'Corrections' })).not.toBeInTheDocument();
  });

  it('says where a paired event’s weight is counted, with a link to the announcement', () => {
    useTracker.setState({ eventId: '2019-07-04-export-controls-take-effect' });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog');
    const facts = dialog.querySelector('.detail-facts') as HTMLElement;
    expect(facts).toHaveTextContent('CAMEO 163, Goldstein -8 — weighed once, on');
    expect(facts).toHaveTextContent('(1 Jul 2019); 0 in the barometer');
    expect(within(facts).getByRole('link', { name: /Japan/ }).getAttribute('href')).toContain(
      'event=2019-07-01-japan-announces-export-controls-three-materials',
    );
  });

  it('names a demand as a demand in what the event changed', () => {
    useTracker.setState({ eventId: '2020-05-12-korea-sets-end-may-deadline-export-controls' });
    renderWithData(<EventDetail />);
    const changed = within(screen.getByRole('dialog')).getByRole('heading', {
      name: 'What it changed',
    }).nextElementSibling as HTMLElement;
    expect(changed).toHaveTextContent(
      'Seoul’s demand (not a stated condition for the summit): Japan should swiftly withdraw',
    );
  });

  it('Escape closes it', async () => {
    const user = userEvent.setup();
    useTracker.setState({ eventId: dataset.events[0]!.id });
    renderWithData(<EventDetail />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(useTracker.getState().eventId).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('renders markup in data as text and a non-http(s) URL as plain text', () => {
    const event = structuredClone(dataset.events[0]!);
    event.title = '<img src=x onerror=alert(1)>';
    event.sources = [{ ...event.sources[0]!, url: 'javascript:alert(1)', title: 'Bad link' }];
    const data = { ...dataset, events: [event, ...dataset.events.slice(1)] };
    useTracker.setState({ eventId: event.id });
    renderWithData(<EventDetail />, data);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: /Bad link/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Bad link/)).toBeInTheDocument();
  });
});

describe('ProblemPanel and ErrorBoundary', () => {
  it('lists every problem with its path and offers the bundled dataset', async () => {
    const user = userEvent.setup();
    let used = 0;
    render(
      <ProblemPanel
        title="The dataset does not follow the format"
        problems={[
          { path: 'events[12].date', message: 'not a valid date' },
          { path: 'events[3].id', message: 'duplicate event id “x”' },
        ]}
        onUseBundled={() => used++}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['events[12].date: not a valid date', 'events[3].id: duplicate event id “x”']);
    await user.click(screen.getByRole('button', { name: 'Use the bundled dataset instead' }));
    expect(used).toBe(1);
  });

  it('a region that throws shows a message while its neighbours keep working', () => {
    const Boom = () => {
      throw new Error('broken view');
    };
    const originalError = console.error;
    console.error = () => {};
    try {
      render(
        <>
          <ErrorBoundary name="issue tracker">
            <Boom />
          </ErrorBoundary>
          <p>still here</p>
        </>,
      );
    } finally {
      console.error = originalError;
    }
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The issue tracker could not be shown: broken view',
    );
    expect(screen.getByText('still here')).toBeInTheDocument();
    void act;
  });
});
