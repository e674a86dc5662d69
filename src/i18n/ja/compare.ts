/**
 * Loaded with the compare chunk, not with the ja catalogue: the first paint of ja.html does not
 * carry the compare's words (see i18n/feature-messages.ts).
 */
import type { compare as en } from '../en/compare';

const issueStatus = {
  escalating: '悪化',
  active: '継続',
  easing: '緩和',
  resolved: '解決',
} as const;
const conditionState = { 'not-met': '未達成', 'partly-met': '一部達成', met: '達成' } as const;

export const compare: typeof en = {
  control: '比較…',
  dateLabel: '時点スライダーの日付と比べる日付',
  submit: '比較する',
  cancel: 'キャンセル',
  region: '二つの日付の比較',
  heading: (from, to) => `${from}と${to}の比較`,
  close: '比較を閉じる',
  then: (date) => `${date}`,
  now: (date) => `${date}`,
  issuesHeading: '争点',
  issue: '争点',
  between: '間の出来事',
  issueStatus: (status) => (status ? issueStatus[status] : '状況なし'),
  since: (date) => `${date}から`,
  eventsBetween: (n) => `間の出来事${n}件`,
  noEventsBetween: 'なし',
  showEvents: (issue, n) => `二つの日付の間の「${issue}」の出来事${n}件`,
  unchanged: (n) => `ほかの${n}争点：両日とも同じ状況で、間の出来事もありません。`,
  conditionsHeading: '首脳会議の条件',
  condition: '条件',
  conditionState: (state) => (state ? conditionState[state] : 'まだ示されていない'),
  indicatorsHeading: '指標',
  indicator: '指標',
  change: '変化',
  noChange: '変化は示せません：どちらかの日付の数値がありません',
  signed: (n) => n,
  barometerHeading: '関係バロメーター：6か月平均',
  barometerNote:
    '各日付までの6か月間の月別ゴールドスタイン値合計の平均。その日付までの出来事だけを数えます。',
  barometerValue: (value) => (value === null ? '数値なし' : value.toFixed(1)),
  copy: 'テキストでコピー',
  copied: 'コピーしました。要約がクリップボードにあります。',
  copyFailed: 'ブラウザーがコピーを許可しませんでした。下のテキストを選択してください。',
  summaryLabel: '比較のテキスト',
  indicatorsMissing: (reason) => `指標を読み込めませんでした：${reason}`,
  text: {
    heading: (from, to) => `日韓対立トラッカー：${from}と${to}の比較`,
    issuesHeading: '争点',
    conditionsHeading: '首脳会議の条件',
    indicatorsHeading: '指標',
    barometerHeading: '関係バロメーター（6か月平均）',
    issueLine: (name, then, now, count) => `${name}：${then} → ${now}（間の出来事${count}件）`,
    conditionLine: (text, then, now) => `${text}（${then} → ${now}）`,
    indicatorLine: (title, then, now, change) =>
      `${title}：${then} → ${now}${change === null ? '' : `（変化 ${change}）`}`,
    barometerLine: (then, now) => `${then} → ${now}`,
    unchanged: (n) => `ほかの${n}争点は変化なし、間の出来事なし`,
    link: (url) => `リンク：${url}`,
  },
  figure: {
    value: (value, period) => `${value}（${period}）`,
    gap: (period) => `${period}の数値なし`,
    before: (first) => `${first}より前の数値なし`,
  },
};
