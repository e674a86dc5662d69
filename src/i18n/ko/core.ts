import type { DatePrecision } from '../../model/schema';
import type { Catalogue } from '../catalogue';
import { formatCount } from '../numbers';

const y = (iso: string) => +iso.slice(0, 4);
const m = (iso: string) => +iso.slice(5, 7);
const d = (iso: string) => +iso.slice(8, 10);

/** 2019년 7월 1일, 2019년 7월, 2019년: the date written the Korean way, at the data's precision. */
function date(iso: string, precision: DatePrecision): string {
  if (precision === 'year') return `${y(iso)}년`;
  if (precision === 'month') return `${y(iso)}년 ${m(iso)}월`;
  return `${y(iso)}년 ${m(iso)}월 ${d(iso)}일`;
}

/** Event kinds, as the filters and the event detail name them. */
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

export const core: Catalogue['core'] = {
  format: {
    date,
    shortDate: (iso) => date(iso, 'day'),
    month: (yyyyMm) => date(`${yyyyMm}-01`, 'month'),
    monthTick: (month) => `${month}월`,
    monthYearTick: (month, year) => `${year}년 ${month}월`,
    year: (year) => `${year}년`,
    number: formatCount,
    list: (items) => items.join(', '),
    plural: (n, _one, many) => `${formatCount(n)}${many}`,
    events: (n) => `${formatCount(n)}건`,
  },
  page: {
    siteName: '한일 갈등 트래커',
    noscript: '필터와 시점 조작에는 JavaScript가 필요합니다. 아래는 기본 화면입니다.',
    description:
      '한일 갈등 트래커: 2018년 강제동원 판결 이후 각 쟁점이 어느 날짜에 어떤 상태였는지를, 모든 사건에 출처를 달아 보여 줍니다.',
    skipToTimeline: '타임라인으로 건너뛰기',
    loadingDataset: '데이터를 불러오는 중…',
    listingProblems: '문제를 정리하는 중…',
    loadingTimeline: '타임라인을 불러오는 중…',
    openingEvent: '사건을 여는 중…',
    loadingIssueTracker: '쟁점 현황을 불러오는 중…',
    loadingStory: '스토리를 불러오는 중…',
    loadingComparison: '비교를 불러오는 중…',
    footerLead: '모든 사건에 출처가 있습니다. 사건을 열면 볼 수 있습니다. 데이터:',
    jsonSchema: 'JSON 스키마',
    feed: '최신 사건 피드(Atom, 영어)',
  },
  header: {
    latestEvent: '최신 사건:',
    noEvents: '아직 사건이 없습니다',
    noEventsAfter: (date) => `${date} 이후의 사건은 기록되지 않음`,
    sourcesChecked: '출처 확인일:',
    customDataset: '사용자 데이터',
    theme: '화면 테마',
    themes: { system: '시스템 설정', light: '밝게', dark: '어둡게' },
  },
  language: {
    groupLabel: 'Language · 言語 · 언어',
    switching: '언어를 바꾸는 중…',
    failed: (reason) => `언어를 바꾸지 못했습니다: ${reason}`,
    translationNote:
      '사건과 쟁점의 한국어 문장은 영어 원문을 번역한 것입니다. 기준은 원문입니다(사건 상세에서 영어 원문을 볼 수 있습니다).',
    englishOriginal: '영어 원문',
  },
  notices: {
    lead: '이 링크의 일부는 사용할 수 없어 무시했습니다:',
    dismiss: '닫기',
    warning: (w) => {
      switch (w.kind) {
        case 'unreadable':
          return '쿼리 문자열 전체를 읽을 수 없어 무시했습니다';
        case 'not-an-id':
          return `${w.param} 값 “${w.value}”${w.more ? ` 외 ${formatCount(w.more)}건` : ''}은(는) ID가 아니어서 무시했습니다`;
        case 'not-a-date':
          return `${w.param} 값 “${w.value}”은(는) YYYY-MM-DD 형식의 날짜가 아니어서 무시했습니다`;
        case 'reversed-range':
          return `from=${w.from}, to=${w.to}는 기간의 끝이 시작보다 앞서서 무시했습니다`;
        case 'shortened':
          return `${w.param}을(를) ${w.max}자로 줄였습니다`;
        case 'not-a-choice':
          return `${w.param} 값 “${w.value}”을(를) 무시했습니다(사용할 수 있는 값: ${w.allowed.join(', ')})`;
        case 'not-in-dataset':
          return `${{ event: '사건', issue: '쟁점', actor: '관계자', kind: '유형' }[w.what]} “${w.value}”${w.more ? ` 외 ${formatCount(w.more)}건` : ''}이(가) 이 데이터에 없어 무시했습니다`;
        case 'not-a-form':
          return `${w.param} 값 “${w.value}”을(를) 무시했습니다(${w.form === 'chapter' ? '장 번호(1, 2, 3…)' : 'YYYY-MM-DD..YYYY-MM-DD 형식의 두 날짜'}로 써 주세요)`;
      }
    },
    more: (n: number) => `…외 ${formatCount(n)}건`,
  },
  regions: {
    header: '머리글',
    summary: '현재 상황',
    cursor: '시점 슬라이더',
    filters: '필터',
    timeline: '타임라인',
    detail: '사건 상세',
    issues: '쟁점 현황',
    checklist: '정상회의 조건',
    barometer: '관계 바로미터',
    indicators: '지표',
    embed: '삽입된 타임라인',
    story: '스토리',
    compare: '비교',
    failed: (region, message) => `${region}을(를) 표시하지 못했습니다: ${message}`,
    partFailed: (message) => `이 부분을 불러오지 못했습니다: ${message}`,
    retry: '다시 시도',
  },
  status: {
    issue: { escalating: '악화', active: '진행', easing: '완화', resolved: '해결' },
    condition: { 'not-met': '미충족', 'partly-met': '일부 충족', met: '충족' },
    event: { planned: '예정', occurred: '실시', postponed: '연기', cancelled: '취소' },
    side: { japan: '일본 정부', korea: '한국 정부', china: '중국 정부', other: '기타' },
    kind: (kind) => kinds[kind] ?? kind.replace(/-/g, ' '),
    demand: (who, side) =>
      `${side === 'other' ? '' : `${who}의 `}요구(정상회의 조건으로 밝힌 것은 아님)`,
  },
};
