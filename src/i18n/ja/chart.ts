import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

export const chart: Catalogue['chart'] = {
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
};
