import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/features/filters/FilterBar';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderWithData, resetStore } from './render';

const total = dataset.events.length;
const count = (issue: string) => dataset.events.filter((e) => e.issues.includes(issue)).length;

describe('FilterBar', () => {
  beforeEach(resetStore);

  it('shows one toggle per issue, named after the issue with its event count', () => {
    renderWithData(<FilterBar />);
    for (const issue of dataset.issues) {
      const toggle = screen.getByRole('button', {
        name: `${issue.name} (${count(issue.id)})`,
      });
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByText(`${total} of ${total} events`)).toBeInTheDocument();
  });

  it('at a past cursor offers only the issues open then, counting only what was known', () => {
    useTracker.setState({ asOf: '2019-09-01' });
    const { unmount } = renderWithData(<FilterBar />);
    // LINE–Naver opened in 2024: neither its name nor its events are told in 2019
    expect(screen.queryByRole('button', { name: /^LINE–Naver/ })).toBeNull();
    const known = dataset.events.filter(
      (e) => e.date <= '2019-09-01' && e.issues.includes('gsomia'),
    ).length;
    expect(screen.getByRole('button', { name: `GSOMIA (${known})` })).toBeInTheDocument();
    unmount();
    // shown dimmed on request, every issue is offered with all its events
    useTracker.setState({ future: 'dim' });
    renderWithData(<FilterBar />);
    expect(
      screen.getByRole('button', { name: `LINE–Naver (${count('digital-platforms')})` }),
    ).toBeInTheDocument();
  });

  it('pressing an issue toggle filters and states how many events pass', async () => {
    const user = userEvent.setup();
    renderWithData(<FilterBar />);
    await user.click(screen.getByRole('button', { name: /^GSOMIA/ }));
    expect(screen.getByRole('button', { name: /^GSOMIA/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(`${count('gsomia')} of ${total} events`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^WTO/ }));
    const either = dataset.events.filter(
      (e) => e.issues.includes('gsomia') || e.issues.includes('wto'),
    ).length;
    expect(screen.getByText(`${either} of ${total} events`)).toBeInTheDocument();
  });

  it('search narrows the count and the issue counts follow the other filters', async () => {
    const user = userEvent.setup();
    renderWithData(<FilterBar />);
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'takizaki');
    const matching = dataset.events.filter((e) =>
      `${e.title} ${e.summary}`.toLowerCase().includes('takizaki'),
    ).length;
    expect(matching).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`^${matching} of ${total} events`))).toBeInTheDocument();
    const reset = screen.getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeEnabled();
    await user.click(reset);
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    expect(reset).toBeDisabled();
  });

  it('at a past cursor offers only the actors of the events known then', async () => {
    const user = userEvent.setup();
    const asOf = '2019-09-01';
    useTracker.setState({ asOf });
    renderWithData(<FilterBar />);
    await user.click(screen.getByText('Actors', { selector: 'summary' }));
    const group = screen.getByRole('group', { name: 'Actors' });
    const offered = within(group)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent?.trim());
    const known = new Set(dataset.events.filter((e) => e.date <= asOf).flatMap((e) => e.actors));
    const later = dataset.actors.filter((a) => !known.has(a.id));
    expect(later.length).toBeGreaterThan(0);
    for (const actor of later) expect(offered).not.toContain(actor.name);
    expect(offered.length).toBe(dataset.actors.length - later.length);
  });

  it('kinds are checkboxes inside a named group', async () => {
    const user = userEvent.setup();
    renderWithData(<FilterBar />);
    await user.click(screen.getByText('Kinds', { selector: 'summary' }));
    const group = screen.getByRole('group', { name: 'Kinds' });
    await user.click(within(group).getByRole('checkbox', { name: 'ruling' }));
    expect(useTracker.getState().filters.kinds).toEqual(['ruling']);
    const rulings = dataset.events.filter((e) => e.kind === 'ruling').length;
    expect(screen.getByText(`${rulings} of ${total} events`)).toBeInTheDocument();
  });
});
