import type { Catalogue } from '../catalogue';

export const summary: Catalogue['summary'] = {
  heading: ['', '時点の状況'],
  issuesLabel: '悪化または継続中の争点',
  noIssue: '悪化または継続中の争点はありません。',
  alsoActive: (names: string) => `ほかに継続中：${names}`,
  alsoActiveLabel: 'ほかに継続中の争点',
  since: ['', 'から'],
  colon: '：',
  setBy: 'この状態の契機となった出来事：',
  summit: {
    occurred: ['', 'に開催'],
    planned: ['予定（', '発表）'],
    postponed: ['', 'に延期'],
    cancelled: ['', 'に中止'],
  },
  summitNotAnnounced: '未発表',
  unmet: (unmet, set) => `条件${set}件中${unmet}件が未達成`,
  allMet: 'これまでの条件はすべて達成',
  latestHeading: '最新の出来事',
  noEvents: 'まだ出来事はありません。',
  sections: {
    label: 'セクション',
    timeline: 'タイムライン',
    issues: '争点',
    summit: '首脳会談',
    numbers: '数字',
    story: 'ストーリー',
  },
};
