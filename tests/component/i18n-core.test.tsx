import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { parseQuery } from '../../src/derive/url-state';
import { Header } from '../../src/features/header/Header';
import { Notices } from '../../src/features/header/Notices';
import { useTracker } from '../../src/store/tracker-store';
import { languageStore } from '../../src/store/language-store';
import { languageSetup, renderIn, renderWithData, resetStore } from './render';

function Broken(): never {
  throw new Error('boom');
}

describe('the page shell in Japanese and Korean', () => {
  beforeEach(resetStore);

  it.each([
    [
      'ja',
      '最新の出来事： 2026年3月12日',
      '2026年3月13日より後の出来事は未収録',
      '出典確認日： 2026年12月2日',
      '表示テーマ',
    ],
    [
      'ko',
      '최신 사건: 2026년 3월 12일',
      '2026년 3월 13일 이후의 사건은 기록되지 않음',
      '출처 확인일: 2026년 12월 2일',
      '화면 테마',
    ],
  ] as const)(
    '%s header: local dates, where the record stops, theme control, translation note',
    async (lang, latest, through, checked, theme) => {
      await renderIn(lang, <Header />);
      const banner = screen.getByRole('banner');
      const line = banner.querySelector('.subtitle')!;
      expect(line).toHaveTextContent(latest);
      expect(line).toHaveTextContent(through);
      expect(line).toHaveTextContent(checked);
      expect(within(banner).getByRole('combobox', { name: theme })).toBeInTheDocument();
      expect(banner.querySelector('.translation-note')).toHaveTextContent(
        lang === 'ja' ? '英語の原文からの翻訳' : '영어 원문을 번역한 것',
      );
    },
  );

  it('names the switcher in all three languages and marks the language shown', async () => {
    await renderIn('ko', <Header />);
    const nav = screen.getByRole('navigation', { name: 'Language · 言語 · 언어' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['English', '日本語', '한국어']);
    expect(links.map((l) => l.getAttribute('lang'))).toEqual(['en', 'ja', 'ko']);
    expect(within(nav).getByRole('link', { name: '한국어' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(nav).getByRole('link', { name: '日本語' })).toHaveAttribute('href', 'ja.html');
  });

  it('switches in place on a plain click, and the links carry the current view', async () => {
    const { state, dataset } = await languageSetup('en');
    const switchTo = vi.fn();
    languageStore.setState({ switchTo });
    renderWithData(<Header />, dataset, state);
    act(() => useTracker.getState().setQuery('GSOMIA'));
    const link = screen.getByRole('link', { name: '한국어' });
    expect(link).toHaveAttribute('href', 'ko.html?q=GSOMIA');
    fireEvent.click(link);
    expect(switchTo).toHaveBeenCalledWith('ko');
    expect(screen.queryByText(/翻訳|번역/)).toBeNull();
  });

  it.each([
    [
      'ja',
      'このリンクの一部は使えないため無視しました',
      'asOf の値「yesterday」はYYYY-MM-DD形式の日付ではないため無視しました',
      '閉じる',
    ],
    [
      'ko',
      '이 링크의 일부는 사용할 수 없어 무시했습니다',
      'asOf 값 “yesterday”은(는) YYYY-MM-DD 형식의 날짜가 아니어서 무시했습니다',
      '닫기',
    ],
    [
      'en',
      'Some parts of this link could not be used',
      'Ignored asOf=“yesterday”: not a date written YYYY-MM-DD',
      'Dismiss',
    ],
  ] as const)('%s notices say what was ignored', async (lang, lead, line, dismiss) => {
    useTracker.getState().addNotices(parseQuery('?asOf=yesterday').warnings);
    await renderIn(lang, <Notices />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(lead);
    expect(within(alert).getByRole('listitem')).toHaveTextContent(line);
    fireEvent.click(within(alert).getByRole('button', { name: dismiss }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in Korean which region failed, with a retry', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderIn(
      'ko',
      <ErrorBoundary name="타임라인">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('타임라인을(를) 표시하지 못했습니다: boom');
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
