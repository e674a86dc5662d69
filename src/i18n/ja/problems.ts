import type { Catalogue } from '../catalogue';
import { formatCount } from '../numbers';

const lists: Record<string, string> = {
  events: '出来事',
  issues: '争点',
  actors: '主体',
  summits: '首脳会談',
};

const titles: Record<string, string> = {
  'The dataset could not be loaded': 'データを読み込めませんでした',
  'The dataset does not follow the format': 'データが形式に従っていません',
  'The dataset is not valid JSON': 'データが正しいJSONではありません',
  'The bundled dataset could not be loaded': '同梱のデータを読み込めませんでした',
};

export const problems: Catalogue['problems'] = {
  siteName: '日韓対立トラッカー',
  progress: {
    starting: 'データを読み込んでいます…',
    download: (received, total, checked) =>
      `データを読み込んでいます：${total === null ? `${received} MB` : `${received} / ${total} MB`}${
        checked ? `（出来事${formatCount(checked)}件を確認済み）` : ''
      }`,
    parse: 'ファイルを読み取っています…',
    check: (checked, total) =>
      `出来事を確認しています：${formatCount(checked)} / ${formatCount(total)}件`,
    crossCheck: (events) => `出来事${formatCount(events)}件の相互のつながりを確認しています`,
  },
  phase: {
    loading: 'データを読み込んでいます',
    parse: 'ファイルを読み取っています',
    check: '出来事を確認しています',
  },
  cancel: 'キャンセル',
  cancelled: '読み込みを中止しました',
  nothingShownBefore: '',
  nothingShownAfter: 'の内容は何も表示していません。',
  useBundled: '同梱のデータを使う',
  retry: '再試行',
  bundledFailed: (reason) =>
    `出来事のデータを読み込めませんでした（${reason}）。以下は作成時点の表示です。絞り込み、時点スライダー、グラフを使うにはデータが必要です。`,
  titles,
  found: (total) =>
    `問題が${formatCount(total)}件見つかりました。このファイルの内容は何も表示していません。`,
  byKind: '種類別の問題',
  otherKinds: (n) => `…ほかの種類の問題が${formatCount(n)}件あります。`,
  firstOnes: (n) => `最初の${formatCount(n)}件`,
  eachOne: '個々の問題',
  more: (n) => `…ほか${formatCount(n)}件。`,
  times: (n) => `${formatCount(n)}回`,
  items: (n, list) => `${lists[list] ?? list}${formatCount(n)}件`,
  problemsIn: (n, items) => `${items}に問題${formatCount(n)}件`,
};
