import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

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
    items: (n, order) => `出来事${n$(n)}件（${order === 'newest' ? '新しい順' : '古い順'}）`,
    order: '並び順',
    newest: '新しい順',
    oldest: '古い順',
    laterHeading: (date) => `${date}より後（この時点では未知）`,
    landmark: '重要',
    empty: 'この条件に合う出来事はありません。',
    later: '時点より後',
    statusOn: {
      planned: (date) => `${date}時点で予定`,
      postponed: (date) => `${date}に延期`,
      cancelled: (date) => `${date}に中止`,
    },
  },
};
