import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/derive/dates';
import { eventsAsOf } from '../../src/derive/event-status';
import { createAxisChannel } from '../../src/features/lanes';
import ActivityChart from '../../src/features/timeline/ActivityChart';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { EmbedList } from '../../src/features/embed/EmbedList';
import { markerLabel, useMarkerWords } from '../../src/features/lanes/EventMarker';
import { ListSlot } from '../../src/features/timeline/ListSlot';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, languageSetup, renderWithData, resetStore } from './render';
import { giveListAViewport } from './setup-layout';

/**
 * On 27 October 2020 the trilateral summit Seoul was to host had been put off (12 October);
 * it was held on 27 May 2024. A page at that cursor tells it as it stood then.
 */
const asOf = '2020-10-27';
const summitId = '2024-05-27-trilateral-summit-seoul';
const summit = dataset.events.find((e) => e.id === summitId)!;
/** a few years around the cursor keep the list small */
const near = (data = dataset) =>
  eventsAsOf(data.events, asOf, 'hide').filter((it) => it.event.date >= '2020-01-01');

describe('an event not yet held at the cursor, in the list', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    resetStore();
    useTracker.setState({ view: 'list', asOf });
    restore = giveListAViewport();
  });
  afterEach(() => restore());

  it('is dated on the day it was put off, named by its label, and says so', () => {
    renderWithData(<ListSlot items={near()} />);
    const list = screen.getByRole('region', { name: 'Events as a list' });
    const row = within(list)
      .getAllByRole('button')
      .find((b) => b.dataset.eventId === summitId)!;
    expect(row).toHaveTextContent('12 October 2020');
    expect(row).toHaveTextContent('Korea–Japan–China summit in Seoul');
    expect(row).toHaveTextContent('postponed on 12 Oct 2020');
    expect(row).not.toHaveTextContent(summit.title);
    // no row tells of a later year, and the list opens at the cursor, not in 2024
    for (const b of within(list).getAllByRole('button'))
      expect(b.textContent).not.toMatch(/\b202[1-9]\b/);
    expect(within(list).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('2020');
  });

  it('reads the same in Japanese: no final date, no final title', async () => {
    const { state, dataset: ja } = await languageSetup('ja');
    renderWithData(<ListSlot items={near(ja)} />, ja, state);
    const list = screen.getByRole('region', { name: '出来事の一覧' });
    const row = within(list)
      .getAllByRole('button')
      .find((b) => b.dataset.eventId === summitId)!;
    expect(row).toHaveTextContent('2020年10月12日');
    expect(row).toHaveTextContent('ソウルで日中韓首脳会議');
    expect(row).toHaveTextContent('延期');
    expect(row).not.toHaveTextContent('第9回');
    for (const b of within(list).getAllByRole('button'))
      expect(b.textContent).not.toMatch(/202[1-9]年/);
  });

  it('lists the WTO consultations announced for later without their outcome (ja)', async () => {
    const { state, dataset: ja } = await languageSetup('ja');
    const at = '2019-11-10';
    useTracker.setState({ asOf: at });
    const items = eventsAsOf(ja.events, at, 'hide').filter((it) => it.event.date >= '2019-11-01');
    renderWithData(<ListSlot items={items} />, ja, state);
    const list = screen.getByRole('region', { name: '出来事の一覧' });
    expect(list).toHaveTextContent('ジュネーブでWTO第2回協議');
    expect(list).not.toHaveTextContent('合意に至らず');
    expect(list).not.toHaveTextContent('合意せず');
  });
});

describe('an event not yet held at the cursor, elsewhere', () => {
  beforeEach(() => {
    resetStore();
    useTracker.setState({ asOf, eventId: summitId });
  });

  it('opens in the detail as it stood, what happened later folded', async () => {
    const user = userEvent.setup();
    renderWithData(<EventDetail />);
    const dialog = screen.getByRole('dialog', { name: 'Korea–Japan–China summit in Seoul' });
    expect(dialog).toHaveTextContent(
      'On 27 Oct 2020 this had not yet taken place: postponed on 12 Oct 2020.',
    );
    const fold = within(dialog).getByText('Show what happened later').closest('details')!;
    expect(fold).not.toHaveAttribute('open');
    expect(fold).toHaveTextContent(summit.title);
    // outside the folds: nothing of 2024, no later status entry, no later source
    const outside = dialog.cloneNode(true) as HTMLElement;
    outside.querySelectorAll('details').forEach((d) => d.remove());
    expect(outside.textContent).not.toMatch(/2021|2022|2023|2024|declaration/);
    expect(outside).toHaveTextContent('12 Oct 2020: Postponed');
    await user.click(within(dialog).getByText('Show what happened later'));
    expect(fold).toHaveAttribute('open');
  });

  it('is listed in the embed as it stood', () => {
    const items = eventsAsOf(dataset.events, asOf, 'hide').filter((it) => it.event.id === summitId);
    renderWithData(<EmbedList items={items} />);
    const button = screen.getByRole('button', { name: /summit in Seoul/ });
    expect(button).toHaveTextContent(
      '12 October 2020 Korea–Japan–China summit in Seoul · Postponed',
    );
  });

  it('names its lane marker by the day it was put off', () => {
    const [item] = eventsAsOf([summit], asOf, 'hide');
    let name = '';
    function Probe() {
      name = markerLabel(item!, asOf, useMarkerWords());
      return null;
    }
    renderWithData(<Probe />);
    expect(name).toBe(
      '12 October 2020: Korea–Japan–China summit in Seoul, postponed on 12 Oct 2020',
    );
  });
});

describe('the activity chart at an earlier cursor', () => {
  beforeEach(() => resetStore());

  it('counts only the events known on the cursor day; the later months are shaded, unread', () => {
    useTracker.setState({ asOf: '2019-09-01' });
    const axis = createAxisChannel();
    axis.set({
      domain: { start: dayNumber('2019-01-01'), end: dayNumber('2024-12-31') },
      ticks: [],
    });
    renderWithData(<ActivityChart axis={axis} />);
    const chart = screen.getByRole('group', { name: /^Events per month/ });
    // only what was known on 1 September, each on the day it was known by (a plan on the day
    // it was announced): the month's later events are not counted either
    const n = eventsAsOf(dataset.events, '2019-09-01', 'hide').filter(
      (it) => it.event.date >= '2019-01-01',
    ).length;
    expect(n).toBeLessThan(
      dataset.events.filter((e) => e.date >= '2019-01-01' && e.date < '2019-10-01').length,
    );
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(`${n} events from January 2019 to August 2019;`),
    );
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('Months after 1 Sep 2019 are shaded: not yet known on that date.'),
    );
    // the busiest month of the whole span (2023) is not named
    expect(chart).not.toHaveAccessibleName(expect.stringMatching(/202\d/));
  });
});
