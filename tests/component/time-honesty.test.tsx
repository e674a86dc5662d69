import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SummitChecklist } from '../../src/features/checklist/SummitChecklist';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { IssueTracker } from '../../src/features/issues/IssueTracker';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderWithData, resetStore } from './render';

const eventId = /\b\d{4}-\d{2}-\d{2}-[a-z0-9-]+/;

describe('at 1 September 2019 the panels know only what was known then', () => {
  beforeEach(() => {
    resetStore();
    useTracker.setState({ asOf: '2019-09-01' });
  });

  it('the summit checklist names no summit, condition or demand that came later, and no Suga', () => {
    renderWithData(<SummitChecklist />);
    const region = screen.getByRole('region', { name: 'Summit conditions' });
    // the Seoul summit was neither announced nor tied to a condition yet: not named at all
    expect(region).toHaveTextContent('No summit announced and no condition set by 1 Sep 2019.');
    expect(region).not.toHaveTextContent(/Seoul|trilateral|Suga|Not yet demanded|2020/);
    expect(region).not.toHaveTextContent(eventId);
  });

  it('folds an explainer that tells of 2023 as written later', async () => {
    const user = userEvent.setup();
    renderWithData(<IssueTracker />);
    await user.click(screen.getByRole('button', { name: 'Explain Export controls' }));
    const explainer = document.getElementById('explainer-export-controls')!;
    const fold = within(explainer).getByText(/^Written later, on 16 Mar 2023/);
    const details = fold.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('March 2023');
    // Tokyo's statement of 2 July 2019 was known; it stays open, with its date
    expect(explainer).toHaveTextContent('2 Jul 2019');
  });

  it('lists at a past date only the issues with an event known then, each with its events', () => {
    useTracker.setState({ asOf: '2019-09-01' });
    renderWithData(<IssueTracker />);
    const region = screen.getByRole('region', { name: 'Issue tracker' });
    const listed = within(region)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.dataset.issue)
      .filter(Boolean);
    const known = new Set(
      dataset.events.filter((e) => e.date <= '2019-09-01').flatMap((e) => e.issues),
    );
    expect(listed).toEqual(dataset.issues.map((i) => i.id).filter((id) => known.has(id)));
    // the pandemic (2020) and LINE–Naver (2024) issues had not opened
    expect(listed).not.toContain('digital-platforms');
    expect(listed.length).toBeLessThan(dataset.issues.length);
  });
});

describe('the condition note from its day on', () => {
  beforeEach(resetStore);

  it('dates the condition note and each effect note by the day it tells of', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<SummitChecklist />);
    const region = screen.getByRole('region', { name: 'Summit conditions' });
    expect(region).toHaveTextContent(/As of 14 Oct 2020: The sources report this as Seoul/);
    expect(region).toHaveTextContent(
      'Japan demands a guarantee that seized assets will not be liquidated; Seoul gives none.',
    );
    // the effect note sits on its evidence line, which leads with its day
    const line = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('Seoul gives none'))
      .at(-1)!; // the innermost: the evidence line, not its condition
    expect(line).toHaveTextContent(/^12 Oct 2020/);
  });

  it('holds back a note, and the effect notes, of days after the cursor', () => {
    useTracker.setState({ asOf: '2020-10-13' });
    renderWithData(<SummitChecklist />);
    const region = screen.getByRole('region', { name: 'Summit conditions' });
    expect(region).not.toHaveTextContent(/Cheong Wa Dae|14 Oct 2020|Kim again urges/);
  });

  it('gives each issue’s status the note of the event that set it, led by its day', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<IssueTracker />);
    const row = screen.getByRole('row', { name: /^Summit diplomacy/ });
    expect(
      within(row)
        .getByText(/^On 12 Oct 2020:/)
        .closest('p'),
    ).toHaveTextContent(
      'On 12 Oct 2020: Tokyo makes attendance at the Seoul-hosted summit conditional on the forced-labour issue.',
    );
  });

  it('names the event it cites by its title, never by its id', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<SummitChecklist />);
    const region = screen.getByRole('region', { name: 'Summit conditions' });
    expect(region).toHaveTextContent('Cheong Wa Dae said');
    expect(region).not.toHaveTextContent(eventId);
  });
});

describe('the event detail', () => {
  beforeEach(resetStore);

  it('links an event named in a note by its title', () => {
    const event = dataset.events.find(
      (e) => e.id === '2019-08-23-korea-notifies-japan-gsomia-termination',
    )!;
    const cited = dataset.events.find(
      (e) => e.id === '2019-08-22-korea-decides-to-terminate-gsomia',
    )!;
    useTracker.setState({ eventId: event.id });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: event.title });
    const note = dialog.querySelector('.note') as HTMLElement;
    expect(note).not.toHaveTextContent(eventId);
    expect(within(note).getByRole('link', { name: cited.title })).toBeInTheDocument();
  });

  it('explains the code and weight in plain words in a fold', () => {
    useTracker.setState({ eventId: dataset.events[0]!.id });
    renderWithData(<EventDetail />);
    const fold = screen.getByText('What the code and the weight mean').closest('details')!;
    expect(fold).toHaveTextContent(/standard list of kinds of event.*−10.*\+10/);
  });

  it('never shows an editors’ note', () => {
    const event = dataset.events.find((e) => e.editorNote)!;
    useTracker.setState({ eventId: event.id });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: event.title });
    expect(dialog).not.toHaveTextContent(event.editorNote!.slice(0, 40));
  });

  it('folds an event dated after the cursor behind a notice that says so', async () => {
    const user = userEvent.setup();
    const event = dataset.events.find((e) => e.id === '2023-03-16-japan-to-lift-export-controls')!;
    useTracker.setState({ asOf: '2019-09-01', eventId: event.id });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: 'An event after the date you are viewing' });
    expect(dialog).toHaveTextContent(
      'This event is after the date you are viewing (1 Sep 2019): it is dated 16 March 2023.',
    );
    const fold = within(dialog).getByText('Show the event anyway').closest('details')!;
    expect(fold).not.toHaveAttribute('open');
    expect(fold).toHaveTextContent(event.title);
    expect(fold).toHaveTextContent(event.summary.slice(0, 40));
    await user.click(within(dialog).getByText('Show the event anyway'));
    expect(fold).toHaveAttribute('open');
  });

  it('opens an event of the cursor’s day or before as it is, its later related events folded', () => {
    useTracker.setState({
      asOf: '2019-09-01',
      eventId: '2019-07-01-japan-announces-export-controls-three-materials',
    });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: /^Japan announces tighter export controls/ });
    expect(dialog).not.toHaveTextContent('after the date you are viewing (');
    const later = within(dialog).getByText('1 related event after the date you are viewing');
    expect(later.closest('details')).not.toHaveAttribute('open');
    expect(later.closest('details')).toHaveTextContent('Japan decides to lift its controls');
    // the earlier related events stay open
    expect(
      within(dialog)
        .getByRole('link', { name: /^4 Jul 2019: / })
        .closest('details'),
    ).toBeNull();
  });
});
