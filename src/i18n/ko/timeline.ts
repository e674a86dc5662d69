import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

export const timeline: Catalogue['timeline'] = {
  view: {
    heading: '타임라인',
    layout: '타임라인 보기 방식',
    lanes: '레인',
    list: '목록',
    loadingChart: '건수 그래프를 불러오는 중…',
    loadingExports: '내보내기 도구를 불러오는 중…',
  },
  lanes: {
    group: '쟁점별 레인의 사건',
    lane: (issue, n) => `${issue}: ${n$(n)}건`,
    toolbar: '확대·이동',
    earlier: '이전 (왼쪽으로 이동)',
    later: '이후 (오른쪽으로 이동)',
    zoomIn: '확대',
    zoomOut: '축소',
    fitAll: '전체 보기',
    outside: (before, after) =>
      `화면 밖의 사건: ${[
        before > 0 ? `이전 ${n$(before)}건` : '',
        after > 0 ? `이후 ${n$(after)}건` : '',
      ]
        .filter(Boolean)
        .join(', ')}`,
    hint: '화살표 키로 사건 간 이동 · + / − 확대·축소 · Shift+화살표로 이동 · Ctrl+휠로 확대·축소, 드래그로 이동',
    cursor: (date) => `${date} 시점`,
  },
  marker: {
    name: (date, title, note) => `${date}: ${title}${note ? ` (${note})` : ''}`,
    later: (asOf) => `${asOf} 시점에는 아직 일어나지 않음`,
    cluster: (n, from, to, later, asOf) =>
      `${from}~${to} 사건 ${n$(n)}건${later > 0 ? ` (그중 ${n$(later)}건은 ${asOf} 이후)` : ''}: 확대`,
  },
  statusWords: {
    planned: '예정',
    postponed: '연기',
    cancelled: '취소',
    later: '시점 이후',
  },
  list: {
    region: '사건 목록',
    items: (n, order) => `사건 ${n$(n)}건 (${order === 'newest' ? '최신순' : '오래된 순'})`,
    order: '정렬',
    newest: '최신순',
    oldest: '오래된 순',
    laterHeading: (date) => `${date} 이후(이 시점에는 알려지지 않음)`,
    landmark: '주요',
    empty: '이 조건에 맞는 사건이 없습니다.',
    later: '시점 이후',
    statusOn: {
      planned: (date) => `${date} 기준 예정`,
      postponed: (date) => `${date} 연기`,
      cancelled: (date) => `${date} 취소`,
    },
  },
};
