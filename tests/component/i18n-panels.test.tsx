import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Barometer } from '../../src/features/barometer/Barometer';
import { SummitChecklist } from '../../src/features/checklist/SummitChecklist';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { IssueTracker } from '../../src/features/issues/IssueTracker';
import { useTracker } from '../../src/store/tracker-store';
import { dataset, renderIn, resetStore } from './render';

/** What each language shows; the literals are the test (a broken catalogue fails here). */
const words = {
  ja: {
    tracker: '争点一覧',
    headers: ['争点', '状況', '開始日', '契機', '件数'],
    easing: '緩和',
    gsomia: 'GSOMIA（日韓秘密軍事情報保護協定）',
    explain: /^「GSOMIA（.*）」の解説$/,
    positions: ['日本政府の立場', '韓国政府の立場'],
    checklist: '首脳会談の条件',
    stated: '表明された条件',
    notMet: '未達成',
    notHeld: '未開催です（2020年10月12日から「延期」）。',
    met: '達成',
    heldOn: '2024年5月27日に開催されました。',
    barometer: '関係バロメーター',
    summary: /時点まで：最も対立的な月：\d{4}年\d{1,2}月（-?\d+(\.\d)?）。/,
    title: '韓国大法院、新日鉄住金に元徴用工4人への賠償命じる',
    date: '2018年10月30日',
    original: '英語の原文',
    tag: '翻訳',
    sources: '出典',
    close: '出来事の詳細を閉じる',
  },
  ko: {
    tracker: '쟁점 현황',
    headers: ['쟁점', '상태', '시작일', '계기', '건수'],
    easing: '완화',
    gsomia: '한일 군사정보보호협정(지소미아)',
    explain: /^'한일 군사정보보호협정\(지소미아\)' 설명$/,
    positions: ['일본 정부의 입장', '한국 정부의 입장'],
    checklist: '정상회의 조건',
    stated: '밝힌 조건',
    notMet: '미충족',
    notHeld: "아직 열리지 않았습니다(2020년 10월 12일부터 '연기').",
    met: '충족',
    heldOn: '2024년 5월 27일에 열렸습니다.',
    barometer: '관계 바로미터',
    summary: /시점까지: 가장 대립적인 달: \d{4}년 \d{1,2}월 \(-?\d+(\.\d)?\)\./,
    title: '대법원, 신일철주금에 강제징용 피해자 4명 배상 판결',
    date: '2018년 10월 30일',
    original: '영어 원문',
    tag: '번역',
    sources: '출처',
    close: '사건 상세 닫기',
  },
} as const;

describe.each(['ja', 'ko'] as const)('panels in %s', (lang) => {
  const w = words[lang];
  beforeEach(resetStore);

  it('the issue tracker has its heading, column headers and status words in the language', async () => {
    useTracker.setState({ asOf: '2020-10-27' });
    await renderIn(lang, <IssueTracker />);
    const region = screen.getByRole('region', { name: w.tracker });
    const headers = within(region)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.slice(0, 5)).toEqual(w.headers);
    expect(headers[5]).toMatch(/2018/);
    const row = region.querySelector('tr[data-issue="gsomia"]') as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent(w.gsomia);
    expect(row.querySelector('.status')).toHaveTextContent(w.easing);
    expect(row).not.toHaveTextContent(/Easing|Active|Escalating|Resolved/);
    // cells are named in the language too (the cards on a phone)
    expect(within(row).getAllByRole('cell')[0]!.dataset.label).toBe(w.headers[1]);
    // an issue that opened later (LINE–Naver, 2024) is not listed in October 2020
    expect(region.querySelector('tr[data-issue="digital-platforms"]')).toBeNull();
  });

  it('the explainer names both governments’ positions', async () => {
    const user = userEvent.setup();
    await renderIn(lang, <IssueTracker />);
    await user.click(screen.getByRole('button', { name: w.explain }));
    for (const position of w.positions) expect(screen.getByText(position)).toBeInTheDocument();
  });

  it('the summit checklist says each condition’s state and whether the summit was held', async () => {
    useTracker.setState({ asOf: '2020-10-27' });
    const { unmount } = await renderIn(lang, <SummitChecklist />);
    let region = screen.getByRole('region', { name: w.checklist });
    const stated = within(region).getByRole('list', { name: w.stated });
    const asset = within(stated)
      .getAllByRole('listitem')
      .find((li) => li.dataset.condition === 'tokyo-no-asset-sale')!;
    expect(asset.querySelector('.condition-state strong')).toHaveTextContent(w.notMet);
    expect(asset.querySelector('.condition-mark')).toHaveTextContent('✗');
    expect(region).toHaveTextContent(w.notHeld);
    expect(region).not.toHaveTextContent(/Not met|Not held/);
    unmount();

    act(() => useTracker.setState({ asOf: '2024-06-01' }));
    await renderIn(lang, <SummitChecklist />);
    region = screen.getByRole('region', { name: w.checklist });
    expect(region).toHaveTextContent(w.heldOn);
    const seoul = within(region)
      .getAllByRole('listitem')
      .find((li) => li.dataset.condition === 'seoul-lift-export-controls')!;
    expect(seoul.querySelector('.condition-state strong')).toHaveTextContent(w.met);
    expect(seoul.querySelector('.condition-mark')).toHaveTextContent('✓');
  });

  it('the barometer has its heading and summary in the language', async () => {
    await renderIn(lang, <Barometer />);
    const region = screen.getByRole('region', { name: w.barometer });
    expect(region.querySelector('#barometer-summary')).toHaveTextContent(w.summary);
    expect(region).not.toHaveTextContent(/Most conflictual|Up to the cursor/);
  });

  it('the event detail shows the translated event, a local date and the English original', async () => {
    const id = '2018-10-30-supreme-court-rules-against-nssm';
    const english = dataset.events.find((e) => e.id === id)!;
    await renderIn(lang, <EventDetail />);
    act(() => useTracker.getState().selectEvent(id));
    const dialog = screen.getByRole('dialog', { name: w.title });
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(w.title);
    expect(dialog.querySelector('.detail-date')).toHaveTextContent(w.date);
    expect(within(dialog).getByText(w.tag)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: w.sources })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: w.close })).toBeInTheDocument();
    const details = dialog.querySelector('details.english-original') as HTMLDetailsElement;
    expect(details).not.toBeNull();
    expect(details.open).toBe(false);
    expect(within(details).getByText(w.original)).toBeInTheDocument();
    const title = within(details).getByText(english.title);
    expect(title.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(within(details).getByText(english.summary)).toHaveAttribute('lang', 'en');
  });

  it('marks the event’s note and corrections, which are data in English, as English', async () => {
    const event = dataset.events.find((e) => e.note && e.corrections?.length)!;
    await renderIn(lang, <EventDetail />);
    act(() => useTracker.getState().selectEvent(event.id));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(event.note!)).toHaveAttribute('lang', 'en');
    expect(within(dialog).getByText(event.corrections![0]!.what)).toHaveAttribute('lang', 'en');
  });

  it('lists the status history with local dates, its notes (data in English) marked as English', async () => {
    const id = '2019-08-28-japan-white-list-removal-takes-effect';
    const event = dataset.events.find((e) => e.id === id)!;
    await renderIn(lang, <EventDetail />);
    act(() => useTracker.getState().selectEvent(id));
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByRole('heading', { name: lang === 'ja' ? '状況の推移' : '상태 변화' }),
    ).toBeInTheDocument();
    const items = dialog.querySelectorAll('.status-history li');
    expect(items).toHaveLength(event.status.length);
    expect(items[0]).toHaveTextContent(lang === 'ja' ? '2019年8月2日' : '2019년 8월 2일');
    expect(within(dialog).getByText(event.status[0]!.note!)).toHaveAttribute('lang', 'en');
  });
});
