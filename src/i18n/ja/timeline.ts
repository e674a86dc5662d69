import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

const kinds: Record<string, string> = {
  agreement: '合意',
  appeal: '上訴',
  appointment: '任命',
  boycott: '不買運動',
  compensation: '賠償',
  election: '選挙',
  'export-control': '輸出規制',
  gsomia: 'GSOMIA',
  legislation: '立法',
  other: 'その他',
  protest: '抗議',
  ruling: '判決',
  'sale-order': '売却命令',
  seizure: '差し押さえ',
  statement: '声明',
  summit: '首脳会談',
  talks: '会談',
  territorial: '領土',
  'travel-restriction': '渡航制限',
  treaty: '条約',
  unesco: 'ユネスコ',
  'white-list': 'ホワイト国',
  wto: 'WTO',
};

export const timeline: Catalogue['timeline'] = {
  view: {
    heading: 'タイムライン',
    layout: 'タイムラインの表示形式',
    lanes: 'レーン',
    list: '一覧',
    loadingChart: '件数グラフを読み込んでいます…',
    loadingExports: '書き出し機能を読み込んでいます…',
  },
  lanes: {
    group: '争点別レーンの出来事',
    lane: (issue, n) => `${issue}：${n$(n)}件`,
    toolbar: '拡大・移動',
    earlier: '前へ（左に移動）',
    later: '後へ（右に移動）',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fitAll: '全体を表示',
    outside: (before, after) =>
      `表示範囲外の出来事：${[
        before > 0 ? `前に${n$(before)}件` : '',
        after > 0 ? `後に${n$(after)}件` : '',
      ]
        .filter(Boolean)
        .join('、')}`,
    hint: '矢印キーで出来事を移動・+ / − で拡大縮小・Shift+矢印で移動・Ctrl+ホイールで拡大縮小、ドラッグで移動',
    cursor: (date) => `${date}時点`,
  },
  marker: {
    name: (date, title, note) => `${date}：${title}${note ? `（${note}）` : ''}`,
    later: (asOf) => `${asOf}時点では未発生`,
    cluster: (n, from, to, later, asOf) =>
      `${from}〜${to}の出来事${n$(n)}件${later > 0 ? `（うち${n$(later)}件は${asOf}より後）` : ''}：拡大`,
  },
  statusWords: {
    planned: '予定',
    postponed: '延期',
    cancelled: '中止',
    later: '時点より後',
  },
  list: {
    region: '出来事の一覧',
    items: (n) => `出来事${n$(n)}件（古い順）`,
    empty: 'この条件に合う出来事はありません。',
    later: '時点より後',
  },
  activity: {
    caption:
      '争点別の月ごとの出来事の件数（2つの争点にまたがる出来事はそれぞれに数えます）。棒グラフの下のつまみをドラッグすると期間を指定できます。',
    series: '争点別の出来事',
    later: '時点より後',
    none: '条件に合う出来事はありません。',
    summary: (total, from, to, busiest, most) =>
      `${from}から${to}までに${n$(total)}件。最も多かったのは${busiest}の${n$(most)}件です。`,
    shaded: (date) => `${date}より後の月は網掛けで示しています（その時点では未発生）。`,
  },
  cursor: {
    heading: '時点',
    asOf: '時点',
    slider: '時点（スライダー）',
    previous: '前の出来事',
    next: '次の出来事',
    latest: '最新',
    laterEvents: '時点より後の出来事',
    dim: '薄く表示',
    hide: '非表示',
  },
  filters: {
    heading: '絞り込み',
    search: '出来事を検索',
    searchPlaceholder: 'タイトル・概要・関係者（例：滝崎）',
    issues: '争点',
    issue: (name, n) => `${name}（${n$(n)}）`,
    actors: '関係者',
    kinds: '種類',
    kind: (kind) => kinds[kind] ?? kind.replace(/-/g, ' '),
    chosen: (n) => `（${n$(n)}件選択）`,
    dates: '期間',
    from: '開始',
    to: '終了',
    reset: '絞り込みを解除',
    count: (matching, total) => `${n$(total)}件中${n$(matching)}件`,
    later: (n, date, hidden) => `・${date}より後の${n$(n)}件は${hidden ? '非表示' : '薄く表示'}`,
    sheet: (n) => (n > 0 ? `絞り込み（${n$(n)}）` : '絞り込み'),
    done: '完了',
  },
};
