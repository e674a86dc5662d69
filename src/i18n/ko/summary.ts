import type { Catalogue } from '../catalogue';

export const summary: Catalogue['summary'] = {
  heading: ['', ' 현재 상황'],
  issuesLabel: '악화 또는 진행 중인 쟁점',
  noIssue: '악화 또는 진행 중인 쟁점이 없습니다.',
  alsoActive: (names: string) => `그 밖에 진행 중: ${names}`,
  alsoActiveLabel: '그 밖에 진행 중인 쟁점',
  since: ['', '부터'],
  colon: ': ',
  setBy: '이 상태를 정한 사건:',
  summit: {
    occurred: ['', ' 개최'],
    planned: ['예정(', ' 발표)'],
    postponed: ['', ' 연기'],
    cancelled: ['', ' 취소'],
  },
  summitNotAnnounced: '미발표',
  unmet: (unmet, set) => `조건 ${set}건 중 ${unmet}건 미충족`,
  allMet: '지금까지의 조건 모두 충족',
  latestHeading: '최근 사건',
  noEvents: '아직 일어난 사건이 없습니다.',
  sections: {
    label: '섹션',
    timeline: '타임라인',
    issues: '쟁점',
    summit: '정상회의',
    numbers: '수치',
    story: '스토리',
  },
};
