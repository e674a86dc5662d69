import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

export const filters: Catalogue['filters'] = {
  cursor: {
    heading: '시점',
    asOf: '시점',
    slider: '시점 (슬라이더)',
    previous: '이전 사건',
    next: '다음 사건',
    latest: '최신',
    laterEvents: '시점 이후의 사건',
    dim: '흐리게 표시',
    hide: '숨기기',
  },
  filters: {
    heading: '필터',
    search: '사건 검색',
    searchPlaceholder: '제목, 요약 또는 관계자 (예: 다키자키)',
    issues: '쟁점',
    issue: (name, n) => `${name} (${n$(n)})`,
    actors: '관계자',
    kinds: '종류',
    chosen: (n) => ` (${n$(n)}개 선택)`,
    dates: '기간',
    from: '시작',
    to: '끝',
    reset: '필터 초기화',
    count: (matching, total) => `전체 ${n$(total)}건 중 ${n$(matching)}건`,
    later: (n, date, hidden) => ` · ${date} 이후 ${n$(n)}건 ${hidden ? '숨김' : '흐리게 표시'}`,
    searchLoading: ' · 일본어 본문도 검색하도록 불러오는 중…',
    sheet: (n) => (n > 0 ? `필터 (${n$(n)})` : '필터'),
    done: '완료',
  },
};
