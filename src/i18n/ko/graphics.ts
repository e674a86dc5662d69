import type { Catalogue } from '../catalogue';

export const graphics: Catalogue['graphics'] = {
  frame: {
    headline: '제목',
    standfirst: '리드 문장(선택)',
    lanes: '레인',
    laneChoices: {
      filtered: '표시 중인 쟁점',
      all: '사건이 관련된 모든 쟁점',
      busiest: '사건이 가장 많은 5개',
    },
    onScreen: (from, to) => `이미지는 화면에 보이는 기간(${from}~${to})을 그립니다.`,
    fullSpan: '대신 전체 기간 그리기',
    headlineOf: (what, from, to) =>
      from === to ? `${what}, ${from}년` : `${what}, ${from}~${to}년`,
    wholeDispute: '한일 갈등',
    source: (permalink) => `출처(각 사건의 출처 포함): ${permalink}`,
  },
  embed: {
    events: (count) => `사건 (${count})`,
  },
};
