import type { Catalogue } from '../catalogue';
import { formatCount as n$ } from '../numbers';

const kinds: Record<string, string> = {
  agreement: '합의',
  appeal: '항소',
  appointment: '임명',
  boycott: '불매 운동',
  compensation: '배상',
  election: '선거',
  'export-control': '수출 규제',
  gsomia: 'GSOMIA',
  legislation: '입법',
  other: '기타',
  protest: '항의',
  ruling: '판결',
  'sale-order': '매각 명령',
  seizure: '압류',
  statement: '성명',
  summit: '정상회의',
  talks: '회담',
  territorial: '영토',
  'travel-restriction': '여행 제한',
  treaty: '조약',
  unesco: '유네스코',
  'white-list': '화이트리스트',
  wto: 'WTO',
};

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
    items: (n) => `사건 ${n$(n)}건 (오래된 순)`,
    empty: '이 조건에 맞는 사건이 없습니다.',
    later: '시점 이후',
  },
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
  cursor: {
    heading: '시점',
    asOf: '시점',
    slider: '시점 (슬라이더)',
    previous: '이전 사건',
    next: '다음 사건',
    latest: '최신',
    laterEvents: '시점 이후의 사건',
    dim: '흐리게',
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
    kind: (kind) => kinds[kind] ?? kind.replace(/-/g, ' '),
    chosen: (n) => ` (${n$(n)}개 선택)`,
    dates: '기간',
    from: '시작',
    to: '끝',
    reset: '필터 초기화',
    count: (matching, total) => `전체 ${n$(total)}건 중 ${n$(matching)}건`,
    later: (n, date, hidden) => ` · ${date} 이후 ${n$(n)}건 ${hidden ? '숨김' : '흐리게 표시'}`,
    sheet: (n) => (n > 0 ? `필터 (${n$(n)})` : '필터'),
    done: '완료',
  },
};
