/** Loaded with the activity chart's chunk, not with the catalogue (see i18n/feature-messages.ts). */
import type { activity as en } from '../en/activity';
import { formatCount as n$ } from '../numbers';

export const activity: typeof en = {
  uncounted: '집계 제외',
  noneShown: '표시된 달에는 사건이 없습니다.',
  byIssue: '쟁점별로 한 줄씩 보기',
  byIssueScale: (most) =>
    `쟁점마다 한 줄씩, 표시된 달의 건수를 같은 눈금으로 그렸습니다. 가장 높은 막대는 한 달 ${n$(most)}건입니다.`,
  uncountedSummary: (month) =>
    ` 막대는 ${month}부터 시작합니다. 그 이전의 달은 집계하지 않았습니다.`,
};
