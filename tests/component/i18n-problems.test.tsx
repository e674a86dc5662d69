import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DatasetCancelled, DatasetProgress } from '../../src/app/DatasetProgress';
import { ProblemPanel } from '../../src/app/ProblemPanel';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { englishState, LangContext } from '../../src/i18n/context';
import type { TranslatedLang } from '../../src/i18n/lang';
import { createProblemCollector } from '../../src/model/problem-summary';

const MB = 1024 * 1024;

/** These screens are drawn without a dataset: the language alone. */
async function renderIn(lang: TranslatedLang, ui: ReactElement) {
  const value = { ...englishState, lang, catalogue: await loadCatalogue(lang) };
  return render(<LangContext.Provider value={value}>{ui}</LangContext.Provider>);
}

function largeFile() {
  const collector = createProblemCollector();
  for (let i = 0; i < 1_001; i++) {
    collector.add({ path: `events[${i}].date`, message: 'not a valid date' });
    if (i % 8 === 0) collector.add({ path: `events[${i}].actors[0]`, message: 'unknown actor' });
  }
  return collector.result();
}

describe('loading a dataset, in Japanese', () => {
  it('shows the progress with its sizes, the phase and Cancel in Japanese', async () => {
    const onCancel = vi.fn();
    await renderIn(
      'ja',
      <DatasetProgress
        progress={{ phase: 'download', received: 12.3 * MB, total: 47.1 * MB, checked: 24_000 }}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: '日韓対立トラッカー' })).toBeVisible();
    expect(
      screen.getByRole('progressbar', {
        name: 'データを読み込んでいます：12.3 / 47.1 MB（出来事24,000件を確認済み）',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('データを読み込んでいます');
    await userEvent.setup().click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('after Cancel, offers the bundled dataset in Japanese', async () => {
    await renderIn(
      'ja',
      <DatasetCancelled source="/big.json" onUseBundled={() => {}} onRetry={() => {}} />,
    );
    expect(screen.getByRole('heading', { name: '読み込みを中止しました' })).toHaveFocus();
    expect(screen.getByText('/big.json').parentElement).toHaveTextContent(
      '/big.jsonの内容は何も表示していません。',
    );
    expect(screen.getByRole('button', { name: '同梱のデータを使う' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '再試行' })).toBeInTheDocument();
  });

  it('frames the problems in Japanese and keeps the checks’ messages, marked English', async () => {
    const { problems, summary } = largeFile();
    await renderIn(
      'ja',
      <ProblemPanel
        title="The dataset does not follow the format"
        problems={problems.slice(0, 200)}
        summary={summary}
        onUseBundled={() => {}}
      />,
    );
    const alert = screen.getByRole('alert', { name: 'データが形式に従っていません' });
    expect(alert).toHaveTextContent(
      '問題が1,127件見つかりました。このファイルの内容は何も表示していません。',
    );
    const kinds = within(alert).getByRole('list', { name: '種類別の問題' });
    expect(within(kinds).getAllByRole('listitem')[0]).toHaveTextContent(
      'events[*].date: not a valid date — 出来事1,001件',
    );
    expect(within(kinds).getAllByText('not a valid date')[0]).toHaveAttribute('lang', 'en');
    expect(within(alert).getByRole('list', { name: '最初の200件' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('…ほか927件。');
    expect(within(alert).getByRole('button', { name: '同梱のデータを使う' })).toBeInTheDocument();
  });
});

describe('loading a dataset, in Korean', () => {
  it('shows the progress, the phase and Cancel in Korean', async () => {
    await renderIn(
      'ko',
      <DatasetProgress
        progress={{ phase: 'check', checked: 40_000, total: 100_000 }}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: '한일 갈등 트래커' })).toBeVisible();
    expect(
      screen.getByRole('progressbar', { name: '사건 확인 중: 40,000 / 100,000건' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('사건을 확인하는 중입니다');
    expect(screen.getByRole('button', { name: '취소' })).toBeInTheDocument();
  });

  it('frames the problems in Korean', async () => {
    await renderIn(
      'ko',
      <ProblemPanel
        title="The dataset could not be loaded"
        problems={[{ path: '(file)', message: 'the server answered 404' }]}
        onUseBundled={() => {}}
      />,
    );
    const alert = screen.getByRole('alert', { name: '데이터를 불러올 수 없습니다' });
    expect(alert).toHaveTextContent(
      '문제 1건이 발견되었습니다. 이 파일의 내용은 표시하지 않습니다.',
    );
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      '(file): the server answered 404',
    );
    expect(
      within(alert).getByRole('button', { name: '기본 제공 데이터 사용' }),
    ).toBeInTheDocument();
  });
});
