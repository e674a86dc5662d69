/**
 * Loaded with the compare chunk, not with the ko catalogue: the first paint of ko.html does not
 * carry the compare's words (see i18n/feature-messages.ts).
 */
import type { compare as en } from '../en/compare';

const issueStatus = {
  escalating: '악화',
  active: '진행',
  easing: '완화',
  resolved: '해결',
} as const;
const conditionState = { 'not-met': '미충족', 'partly-met': '일부 충족', met: '충족' } as const;

export const compare: typeof en = {
  control: '비교…',
  dateLabel: '시점 슬라이더의 날짜와 비교할 날짜',
  submit: '비교하기',
  cancel: '취소',
  region: '두 날짜 비교',
  heading: (from, to) => `${from}과(와) ${to} 비교`,
  close: '비교 닫기',
  then: (date) => `${date}`,
  now: (date) => `${date}`,
  issuesHeading: '쟁점',
  issue: '쟁점',
  between: '그사이의 사건',
  issueStatus: (status) => (status ? issueStatus[status] : '상태 없음'),
  since: (date) => `${date}부터`,
  eventsBetween: (n) => `그사이 사건 ${n}건`,
  noEventsBetween: '없음',
  showEvents: (issue, n) => `두 날짜 사이 “${issue}”의 사건 ${n}건`,
  unchanged: (n) => `다른 쟁점 ${n}개: 두 날짜의 상태가 같고 그사이 사건도 없습니다.`,
  conditionsHeading: '정상회의 조건',
  condition: '조건',
  conditionState: (state) => (state ? conditionState[state] : '아직 제기되지 않음'),
  indicatorsHeading: '지표',
  indicator: '지표',
  change: '변화',
  noChange: '변화를 나타낼 수 없음: 한쪽 날짜의 수치가 없습니다',
  signed: (n) => n,
  barometerHeading: '관계 바로미터: 6개월 평균',
  barometerNote:
    '각 날짜까지 6개월 동안의 월별 골드스타인 값 합계의 평균. 그 날짜까지의 사건만 셉니다.',
  barometerValue: (value) => (value === null ? '수치 없음' : value.toFixed(1)),
  copy: '텍스트로 복사',
  copied: '복사했습니다. 요약이 클립보드에 있습니다.',
  copyFailed: '브라우저가 복사를 허용하지 않았습니다. 아래 텍스트를 선택하세요.',
  summaryLabel: '비교 텍스트',
  indicatorsMissing: (reason) => `지표를 불러올 수 없습니다: ${reason}`,
  text: {
    heading: (from, to) => `한일 갈등 트래커: ${from}과(와) ${to} 비교`,
    issuesHeading: '쟁점',
    conditionsHeading: '정상회의 조건',
    indicatorsHeading: '지표',
    barometerHeading: '관계 바로미터(6개월 평균)',
    issueLine: (name, then, now, count) => `${name}: ${then} → ${now}(그사이 사건 ${count}건)`,
    conditionLine: (text, then, now) => `${text} (${then} → ${now})`,
    indicatorLine: (title, then, now, change) =>
      `${title}: ${then} → ${now}${change === null ? '' : `(변화 ${change})`}`,
    barometerLine: (then, now) => `${then} → ${now}`,
    unchanged: (n) => `다른 쟁점 ${n}개는 변화 없음, 그사이 사건 없음`,
    link: (url) => `링크: ${url}`,
  },
  figure: {
    value: (value, period) => `${value}(${period})`,
    gap: (period) => `${period} 수치 없음`,
    before: (first) => `${first} 이전 수치 없음`,
  },
};
