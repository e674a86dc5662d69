/** Loaded with the activity chart's chunk, not with the catalogue (see i18n/feature-messages.ts). */
import type { activity as en } from '../en/activity';

export const activity: typeof en = {
  uncounted: '집계 제외',
  noneShown: '표시된 달에는 사건이 없습니다.',
  uncountedSummary: (month) =>
    ` 막대는 ${month}부터 시작합니다. 그 이전의 달은 집계하지 않았습니다.`,
};
