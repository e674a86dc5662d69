import type { Catalogue } from '../catalogue';

export const graphics: Catalogue['graphics'] = {
  frame: {
    headline: '見出し',
    standfirst: 'リード文（任意）',
    lanes: 'レーン',
    laneChoices: {
      filtered: '表示中の争点',
      all: '出来事が関わるすべての争点',
      busiest: '出来事の多い5つ',
    },
    onScreen: (from, to) => `画像は画面に表示中の期間（${from}〜${to}）を描きます。`,
    fullSpan: '代わりに全期間を描く',
    headlineOf: (what, from, to) =>
      from === to ? `${what}（${from}年）` : `${what}（${from}〜${to}年）`,
    wholeDispute: '日韓の対立',
    source: (permalink) => `出典（各出来事の出典を含む）：${permalink}`,
  },
  embed: {
    events: (count) => `出来事（${count}）`,
  },
};
