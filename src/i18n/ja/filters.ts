import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

export const filters: Catalogue['filters'] = {
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
    chosen: (n) => `（${n$(n)}件選択）`,
    dates: '期間',
    from: '開始',
    to: '終了',
    reset: '絞り込みを解除',
    count: (matching, total) => `${n$(total)}件中${n$(matching)}件`,
    later: (n, date, hidden) => `・${date}より後の${n$(n)}件は${hidden ? '非表示' : '薄く表示'}`,
    searchLoading: '・韓国語の本文も検索できるよう読み込み中…',
    sheet: (n) => (n > 0 ? `絞り込み（${n$(n)}）` : '絞り込み'),
    done: '完了',
  },
};
