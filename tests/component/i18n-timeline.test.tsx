import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TimeCursor } from '../../src/features/cursor/TimeCursor';
import { FilterBar } from '../../src/features/filters/FilterBar';
import { FiltersSheet } from '../../src/features/filters/FiltersSheet';
import ActivityChart from '../../src/features/timeline/ActivityChart';
import { PageLanes as LaneView } from '../../src/features/timeline/PageLanes';
import { ListSlot } from '../../src/features/timeline/ListSlot';
import type { Lang } from '../../src/i18n/lang';
import { useVisibleEvents } from '../../src/store/hooks';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, languageSetup, renderWithData, resetStore, translations } from './render';

const total = dataset.events.length;
const RULING = '2018-10-30-supreme-court-rules-against-nssm';
const jaTitle = (id: string) => translations.ja.events[id]!.title!;
const koTitle = (id: string) => translations.ko.events[id]!.title!;

async function renderAs(lang: Lang, ui: React.ReactElement) {
  const { state, dataset: shown, searchText } = await languageSetup(lang);
  return renderWithData(ui, shown, state, searchText);
}

/** The lanes and the list of the events the (translated) dataset shows, as the page does. */
function Lanes() {
  return <LaneView items={useVisibleEvents()} />;
}
function List() {
  return <ListSlot items={useVisibleEvents()} />;
}

/** The filters above the events they let through, as the page shows them. */
function FiltersAndList() {
  const items = useVisibleEvents();
  return (
    <>
      <FilterBar />
      <ListSlot items={items} />
    </>
  );
}

describe('the timeline, cursor and filters in Japanese', () => {
  beforeEach(resetStore);

  it('names the search box and the issue toggles, and counts the events the Japanese way', async () => {
    await renderAs('ja', <FilterBar />);
    expect(screen.getByRole('searchbox', { name: '出来事を検索' })).toHaveAttribute(
      'placeholder',
      'タイトル・概要・関係者（例：滝崎）',
    );
    const issues = screen.getByRole('group', { name: '争点' });
    expect(within(issues).getAllByRole('button').length).toBe(dataset.issues.length);
    expect(within(issues).getByRole('button', { name: /^GSOMIA.*（\d+）$/ })).toBeInTheDocument();
    expect(screen.getByText(`${total}件中${total}件`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '絞り込みを解除' })).toBeDisabled();
  });

  it('says how many events come after the cursor date, with a Japanese date', async () => {
    useTracker.setState({ asOf: '2019-07-01' });
    await renderAs('ja', <FilterBar />);
    const later = dataset.events.filter((e) => e.date > '2019-07-01').length;
    expect(later).toBeGreaterThan(0);
    const count = screen.getByText(`${total}件中${total}件`).closest('p');
    expect(count?.textContent).toMatch(
      new RegExp(`^${total}件中${total}件・2019年7月1日より後の\\d+件は非表示$`),
    );
  });

  it('names the cursor slider and reads its date aloud as a Japanese date', async () => {
    useTracker.setState({ asOf: '2019-07-01' });
    await renderAs('ja', <TimeCursor />);
    const slider = screen.getByRole('slider', { name: '時点（スライダー）' });
    expect(slider).toHaveAttribute('aria-valuetext', '2019年7月1日');
    expect(screen.getByRole('button', { name: /前の出来事/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: '最新' })).toBeEnabled();
    expect(screen.getByRole('group', { name: '時点より後の出来事' })).toBeInTheDocument();
  });

  it('names lanes and markers with Japanese titles and dates, and writes years on the axis with 年', async () => {
    const { container } = await renderAs('ja', <Lanes />);
    const lanes = screen.getByRole('group', { name: '争点別レーンの出来事' });
    expect(within(lanes).getByRole('group', { name: /^元徴用工問題：\d+件$/ })).toBeInTheDocument();
    // single markers are named by their Japanese date and title
    const titles = new Set(Object.values(translations.ja.events).map((e) => e.title));
    const named = within(lanes)
      .getAllByRole('button')
      .map((b) => /^\d{4}年(\d+月(\d+日)?)?：(.*)$/.exec(b.title)?.[3])
      .filter((title) => title !== undefined);
    expect(named.length).toBeGreaterThan(5);
    expect(
      named.every((title) => titles.has(title) || titles.has(title.replace(/（[^（]*）$/, ''))),
    ).toBe(true);
    const ticks = [...container.querySelectorAll('.tick')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick).toMatch(/^\d{4}年$|^\d{1,2}月$/);
    expect(screen.getByRole('toolbar', { name: '拡大・移動' })).toBeInTheDocument();
  });

  it('lists events under Japanese year and month headings with their Japanese titles', async () => {
    useTracker.setState({ view: 'list' });
    await renderAs('ja', <List />);
    const list = await screen.findByRole('region', { name: '出来事の一覧' });
    // the rows after the first come in steps (ListSlot's useRowsDrawn)
    const row = await within(list).findByRole(
      'button',
      { name: new RegExp(jaTitle(RULING)) },
      { timeout: 15_000 },
    );
    expect(within(list).getByRole('heading', { level: 3, name: '2018年' })).toBeInTheDocument();
    expect(within(list).getByRole('heading', { level: 4, name: '2018年10月' })).toBeInTheDocument();
    expect(row).toHaveTextContent(/^2018年10月30日/);
  });

  it('finds events by a Korean word', async () => {
    const user = userEvent.setup();
    useTracker.setState({ view: 'list' });
    await renderAs('ja', <FiltersAndList />);
    await user.type(screen.getByRole('searchbox', { name: '出来事を検索' }), '징용');
    const count = await screen.findByText(new RegExp(`^${total}件中\\d+件$`), {
      selector: 'strong',
    });
    const matching = Number(/中(\d+)件/.exec(count.textContent ?? '')?.[1]);
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(total);
    expect(await screen.findByText(jaTitle(RULING))).toBeInTheDocument();
    expect(screen.queryByText(jaTitle('2019-07-01-korea-vows-stern-response'))).toBeNull();
  });

  it('captions and summarises the activity chart in Japanese, with Japanese months and dates', async () => {
    // later events shown dimmed: the chart spans their months and shades them
    useTracker.setState({ asOf: '2019-07-01', future: 'dim' });
    const { container } = await renderAs('ja', <ActivityChart />);
    expect(container.querySelector('figcaption')).toHaveTextContent(
      /^争点別の月ごとの出来事の件数/,
    );
    expect(container.querySelector('#activity-summary')?.textContent).toMatch(
      /^\d{4}年\d+月から\d{4}年\d+月までに\d+件。最も多かったのは\d{4}年\d+月の\d+件です。2019年7月1日より後の月は網掛けで示しています（その時点では未発生）。$/,
    );
  });

  it('says how many filters are set on the phone’s folded button', async () => {
    useTracker.setState((s) => ({ filters: { ...s.filters, issues: ['gsomia', 'wto'] } }));
    await renderAs('ja', <FiltersSheet>{null}</FiltersSheet>);
    expect(screen.getByRole('button', { name: '絞り込み（2）' })).toBeInTheDocument();
  });
});

describe('the timeline, cursor and filters in Korean', () => {
  beforeEach(resetStore);

  it('names the search box, the issue toggles and the count in Korean', async () => {
    await renderAs('ko', <FilterBar />);
    expect(screen.getByRole('searchbox', { name: '사건 검색' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '쟁점' })).toBeInTheDocument();
    expect(screen.getByText(`전체 ${total}건 중 ${total}건`)).toBeInTheDocument();
  });

  it('names the cursor slider and reads its date aloud as a Korean date', async () => {
    useTracker.setState({ asOf: '2019-07-01' });
    await renderAs('ko', <TimeCursor />);
    const slider = screen.getByRole('slider', { name: '시점 (슬라이더)' });
    expect(slider).toHaveAttribute('aria-valuetext', '2019년 7월 1일');
  });

  it('writes axis years with 년 and names markers with Korean titles', async () => {
    const { container } = await renderAs('ko', <Lanes />);
    const ticks = [...container.querySelectorAll('.tick')].map((t) => t.textContent);
    expect(ticks.some((t) => /^\d{4}년$/.test(t ?? ''))).toBe(true);
    const lanes = screen.getByRole('group', { name: '쟁점별 레인의 사건' });
    const titled = within(lanes)
      .getAllByRole('button')
      .filter((b) => /^\d{4}년 \d+월 \d+일: /.test(b.getAttribute('aria-label') ?? b.title));
    expect(titled.length).toBeGreaterThan(5);
  });

  it('lists events with their Korean titles and Korean dates', async () => {
    useTracker.setState({ view: 'list' });
    await renderAs('ko', <List />);
    const list = await screen.findByRole('region', { name: '사건 목록' });
    const row = await within(list).findByRole(
      'button',
      { name: new RegExp(koTitle(RULING)) },
      { timeout: 15_000 },
    );
    expect(row).toHaveTextContent(/^2018년 10월 30일/);
  });
});

describe('search in English finds Japanese and Korean words', () => {
  beforeEach(resetStore);

  it('typing 徴用 leaves only the events whose Japanese text has it', async () => {
    const user = userEvent.setup();
    useTracker.setState({ view: 'list' });
    await renderAs('en', <FiltersAndList />);
    expect(screen.getByText(`${total} of ${total} events`)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), '徴用');
    const count = await screen.findByText(new RegExp(`^\\d+ of ${total} events$`), {
      selector: 'strong',
    });
    const matching = Number(count.textContent?.split(' ')[0]);
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(total);
    const ruling = dataset.events.find((e) => e.id === RULING)!;
    expect(await screen.findByText(ruling.title)).toBeInTheDocument();
    const unrelated = dataset.events.find((e) => e.id === '2019-07-01-korea-vows-stern-response')!;
    expect(screen.queryByText(unrelated.title)).toBeNull();
  });
});
