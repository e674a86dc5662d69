import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

export const chart: Catalogue['chart'] = {
  activity: {
    caption:
      '쟁점별 월간 사건 수(두 쟁점에 걸친 사건은 각각 셉니다). 막대 아래의 손잡이를 끌어 기간을 정할 수 있습니다.',
    series: '쟁점별 사건',
    later: '시점 이후',
    none: '조건에 맞는 사건이 없습니다.',
    summary: (total, from, to, busiest, most) =>
      `${from}부터 ${to}까지 ${n$(total)}건. 가장 많았던 달은 ${busiest}(${n$(most)}건)입니다.`,
    shaded: (date) => ` ${date} 이후의 달은 음영으로 표시합니다(그 시점에는 아직 일어나지 않음).`,
  },
};
