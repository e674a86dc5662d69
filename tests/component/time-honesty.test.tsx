import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstKnownOn } from '../../src/derive/event-status';
import { ExportBar } from '../../src/features/export/ExportBar';
import { PrintList } from '../../src/features/export/PrintList';
import { SummitChecklist } from '../../src/features/checklist/SummitChecklist';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { IssueTracker } from '../../src/features/issues/IssueTracker';
import { useTracker } from '../../src/store/tracker-store';
import { catchDownloads } from './downloads';
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

describe('the data downloads at 10 August 2019', () => {
  const asOf = '2019-08-10';
  const whiteList = dataset.events.filter((e) => e.issues.includes('white-list'));
  beforeEach(() => {
    resetStore();
    useTracker.setState({ asOf });
    useTracker.getState().showOnlyIssue('white-list');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** Clicks a download button; gives the file's text. */
  async function download(name: RegExp) {
    const user = userEvent.setup();
    const { blobs } = catchDownloads();
    renderWithData(<ExportBar />);
    await user.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    return blobs[0]!.text();
  }

  it('the CSV holds the events known then, told as they stood', async () => {
    const text = await download(/CSV/);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const known = whiteList.filter((e) => firstKnownOn(e) <= asOf);
    // the issue had later events (Korea's return in 2023): none of them is in the file
    expect(whiteList.length).toBeGreaterThan(known.length);
    expect(rows.map((r) => r.id)).toEqual(known.map((e) => e.id));
    // the removal was announced, not yet in force: its short label, dated by its latest
    // status, with neither the 28 August status nor the report of that day
    const removal = rows.find((r) => r.id === '2019-08-28-japan-white-list-removal-takes-effect')!;
    expect(removal.title).toBe('Japan’s white-list removal takes effect'.replace('’', "'"));
    expect(removal.date).toBe('2019-08-07');
    expect(removal.status).toBe('2019-08-02 planned; 2019-08-07 planned');
    expect(removal.sources).not.toMatch(/\(2019-08-28\)/);
    // a report published after the cursor is left out of every row (METI's of 3 Sep 2019
    // on the cabinet decision of 2 August); no date after the cursor is in the file
    const decision = rows.find(
      (r) => r.id === '2019-08-02-moon-warns-japan-korea-plans-countermeasures',
    )!;
    expect(decision.sources).toMatch(/Yonhap/);
    expect(decision.sources).not.toMatch(/METI/);
    // no date after the cursor in any cell but the ids, which are keys made when the event
    // was added (and stay the same so that links to it keep working)
    const cells = rows.flatMap(({ id: _, ...rest }) => Object.values(rest)).join('\n');
    expect(cells).not.toMatch(/\b20(2\d|19-(09|1\d))-\d\d\b/);
    expect(cells).not.toMatch(/\b2019-08-(1[1-9]|[23]\d)\b/);
  });

  it('the JSON holds the same events and names the cursor’s date', async () => {
    const json = JSON.parse(await download(/^Download JSON/)) as {
      view: { asOf: string | null };
      events: { id: string; date: string }[];
    };
    expect(json.view.asOf).toBe(asOf);
    expect(json.events.map((e) => e.id)).toEqual(
      whiteList.filter((e) => firstKnownOn(e) <= asOf).map((e) => e.id),
    );
    expect(json.events.every((e) => e.date <= asOf)).toBe(true);
  });
});

describe('the printout at 10 August 2019', () => {
  beforeEach(() => {
    resetStore();
    useTracker.setState({ asOf: '2019-08-10' });
    useTracker.getState().showOnlyIssue('white-list');
  });

  it('lists the events known then, told as they stood, without later reports', () => {
    const { container } = renderWithData(<PrintList />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const list = container.querySelector('.print-list')!;
    const titles = [...list.querySelectorAll('li strong')].map((s) => s.parentElement!.textContent);
    expect(titles).toContain("7 August 2019 — Japan's white-list removal takes effect");
    expect(list).toHaveTextContent('Moon warns Japan at an emergency cabinet meeting');
    expect(list).not.toHaveTextContent(/METI submitted|September 2019|2020|2023/);
    // paper has no folds: nothing is folded away, it is left out
    expect(list.querySelector('details')).toBeNull();
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('is laid out when print media already applies as it mounts (its part loads late)', () => {
    // jsdom has no matchMedia: this one says print media applies
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === 'print',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    try {
      const { container } = renderWithData(<PrintList />);
      expect(container.querySelector('.print-list')).toHaveTextContent(
        "7 August 2019 — Japan's white-list removal takes effect",
      );
    } finally {
      vi.unstubAllGlobals();
    }
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

  it('folds a source published after the cursor under the day it was written', () => {
    const event = dataset.events.find(
      (e) => e.id === '2019-08-02-moon-warns-japan-korea-plans-countermeasures',
    )!;
    useTracker.setState({ eventId: event.id, asOf: '2019-08-10' });
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: event.title });
    const meti = within(dialog).getByRole('link', {
      name: /^Ministry of Economy, Trade and Industry/,
    });
    const fold = meti.closest('details')!;
    expect(fold).not.toHaveAttribute('open');
    expect(within(fold).getByText(/^Written later, on 3 Sep 2019/)).toBeInTheDocument();
    // the reports of the day are open
    for (const link of within(dialog).getAllByRole('link', { name: /^Yonhap/ }))
      expect(link.closest('details')).toBeNull();
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
