/** Loaded with the activity chart's chunk, not with the catalogue (see i18n/feature-messages.ts). */
import type { activity as en } from '../en/activity';
import { formatCount as n$ } from '../numbers';

export const activity: typeof en = {
  uncounted: '集計対象外',
  noneShown: '表示中の月に出来事はありません。',
  byIssue: '争点ごとに1行で表示',
  byIssueScale: (most) =>
    `争点ごとに1行ずつ、表示中の月の件数を同じ目盛りで描いています。最も高い棒は1か月${n$(most)}件です。`,
  uncountedSummary: (month) =>
    `棒グラフは${month}から始まります。それより前の月は集計していません。`,
};
