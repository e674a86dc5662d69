/** Loaded with the activity chart's chunk, not with the catalogue (see i18n/feature-messages.ts). */
import type { activity as en } from '../en/activity';

export const activity: typeof en = {
  uncounted: '集計対象外',
  noneShown: '表示中の月に出来事はありません。',
  uncountedSummary: (month) =>
    `棒グラフは${month}から始まります。それより前の月は集計していません。`,
};
