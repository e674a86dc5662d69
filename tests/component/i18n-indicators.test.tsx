import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { cloneElement, type ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import IndicatorsPanel from '../../src/features/indicators/IndicatorsPanel';
import IndicatorsSection from '../../src/features/indicators/IndicatorsSection';
import { IndicatorsView } from '../../src/features/indicators/IndicatorsView';
import type { Indicators } from '../../src/model/indicators-schema';
import { useTracker } from '../../src/store/tracker-store';
import { titledIn } from '../../src/features/indicators/indicator-words';
import { renderIn, resetStore, translations } from './render';

// jsdom has no layout: draw the charts at a fixed size, so that their axes have ticks
vi.mock('recharts', async (importOriginal) => {
  const recharts = await importOriginal<typeof import('recharts')>();
  return {
    ...recharts,
    ResponsiveContainer: ({ children }: { children: ReactElement<object> }) =>
      cloneElement(children, { width: 480, height: 190 } as object),
  };
});

const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;

describe('the indicators in Japanese', () => {
  beforeEach(() => {
    resetStore();
    useTracker.setState({ asOf: '2020-10-27' });
  });

  it('names the section in Japanese', async () => {
    await renderIn('ja', <IndicatorsSection />);
    expect(screen.getByRole('heading', { level: 2, name: '指標' })).toBeInTheDocument();
  });

  it('says in Japanese that the file could not be loaded, the reason marked English', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    await renderIn('ja', <IndicatorsPanel />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('指標を読み込めませんでした：the server answered 404');
    expect(within(alert).getByText('the server answered 404')).toHaveAttribute('lang', 'en');
    vi.unstubAllGlobals();
  });

  it('titles the loaded series from the Japanese translation', { timeout: 30_000 }, async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(indicators), { status: 200 })),
    );
    await renderIn('ja', <IndicatorsPanel />);
    const opinion = await screen.findByRole('article', { name: /^世論：回答者の割合（%）、年次/ });
    expect(opinion).toHaveTextContent('日本に悪い印象を持つ韓国人');
    expect(opinion).not.toHaveTextContent('Koreans with a bad impression of Japan：');
    vi.unstubAllGlobals();
  });

  it(
    'writes the groups, the values, the dates and the axes the Japanese way',
    { timeout: 30_000 },
    async () => {
      // as IndicatorsPanel gives them: titled from the Japanese translation
      await renderIn(
        'ja',
        <IndicatorsView indicators={titledIn(indicators, translations.ja.indicators)} />,
      );
      expect(screen.getByRole('heading', { level: 3, name: '世論' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: '貿易' })).toBeInTheDocument();
      const opinion = screen.getByRole('article', { name: /^世論：回答者の割合（%）、年次/ });
      const values = within(opinion).getByRole('list', { name: /（2020年10月27日時点）$/ });
      expect(values).toHaveTextContent('2020年調査：日本に悪い印象を持つ韓国人：71.6%。（出典：');
      // the series' titles come from the translation, so they are not marked as English
      expect(values.querySelector('[lang="en"]')).toBeNull();
      const monthly = screen.getByRole('article', { name: /^人の往来：人、月次/ });
      expect(monthly).toHaveTextContent(
        '訪日韓国人数（月次）：2020年10月の数値はありません（それ以前で最新：2020年5月、20人）。',
      );
      // the summary, like the chart, stops at the cursor: the breaks of 2024 and 2025 are later
      const summary = opinion.querySelector('.chart-summary')!;
      expect(summary).toHaveTextContent('数値8件（2013年〜2020年）');
      expect(summary).not.toHaveTextContent(/系列が断絶|2024年|2025年/);
      // axis ticks: years as 2019年, the cursor as 時点
      expect(within(opinion).getAllByText('2019年').length).toBeGreaterThan(0);
      expect(within(opinion).getByText('時点')).toBeInTheDocument();
      expect(screen.getByText(/2020年10月27日時点の値/)).toHaveTextContent(
        /グラフは2018年1月1日（それより前に始まる系列はその始まり）から.*点線は.*（2019年7月4日）/,
      );

      expect(screen.getByRole('button', { name: '指標をCSVでダウンロード' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '指標をJSONでダウンロード' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'JSONスキーマ' })).toBeInTheDocument();
      expect(
        within(opinion).getByRole('button', {
          name: /^世論：回答者の割合（%）、年次のPNGをダウンロード$/,
        }),
      ).toHaveTextContent('PNGをダウンロード');
      expect(screen.queryByText(/Download|Public opinion|as of/)).toBeNull();
    },
  );
});

describe('the indicators in Korean', () => {
  beforeEach(() => {
    resetStore();
    useTracker.setState({ asOf: '2019-08-15' });
  });

  it('names the section in Korean', async () => {
    await renderIn('ko', <IndicatorsSection />);
    expect(screen.getByRole('heading', { level: 2, name: '지표' })).toBeInTheDocument();
  });

  it(
    'writes the groups, the values, the dates and the axes the Korean way',
    { timeout: 30_000 },
    async () => {
      await renderIn(
        'ko',
        <IndicatorsView indicators={titledIn(indicators, translations.ko.indicators)} />,
      );
      expect(screen.getByRole('heading', { level: 3, name: '여론' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: '무역' })).toBeInTheDocument();
      const monthly = screen.getByRole('article', { name: /^인적 왕래: 명, 월간/ });
      expect(
        within(monthly).getByRole('list', { name: /\(2019년 8월 15일 기준\)$/ }),
      ).toHaveTextContent('2019년 8월: 방일 한국인 수(월간): 308,700명.');
      expect(within(monthly).getAllByText('2020년').length).toBeGreaterThan(0);
      expect(within(monthly).getByText('시점')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '지표 CSV 다운로드' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '지표 JSON 다운로드' })).toBeInTheDocument();
      expect(
        screen.getAllByRole('button', { name: /^여론: 응답자 비율\(%\), 연간 PNG 다운로드$/ }),
      ).toHaveLength(1);
      expect(screen.getAllByText(/^정의·유의점·출처\(\d+건\)$/).length).toBeGreaterThan(0);
      expect(screen.queryByText(/Download|Public opinion|as of/)).toBeNull();
    },
  );
});
