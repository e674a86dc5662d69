import type { Catalogue } from '../catalogue';
import { formatCount } from '../numbers';

const lists: Record<string, string> = {
  events: '사건',
  issues: '쟁점',
  actors: '주체',
  summits: '정상회의',
};

const titles: Record<string, string> = {
  'The dataset could not be loaded': '데이터를 불러올 수 없습니다',
  'The dataset does not follow the format': '데이터가 형식에 맞지 않습니다',
  'The dataset is not valid JSON': '데이터가 올바른 JSON이 아닙니다',
  'The bundled dataset could not be loaded': '기본 제공 데이터를 불러올 수 없습니다',
};

export const problems: Catalogue['problems'] = {
  siteName: '한일 갈등 트래커',
  progress: {
    starting: '데이터를 불러오는 중…',
    download: (received, total, checked) =>
      `데이터를 불러오는 중: ${total === null ? `${received} MB` : `${received} / ${total} MB`}${
        checked ? ` — 사건 ${formatCount(checked)}건 확인` : ''
      }`,
    parse: '파일을 읽는 중…',
    check: (checked, total) => `사건 확인 중: ${formatCount(checked)} / ${formatCount(total)}건`,
    crossCheck: (events) => `사건 ${formatCount(events)}건 사이의 연결을 확인하는 중`,
  },
  phase: {
    loading: '데이터를 불러오는 중입니다',
    parse: '파일을 읽는 중입니다',
    check: '사건을 확인하는 중입니다',
  },
  cancel: '취소',
  cancelled: '불러오기를 취소했습니다',
  nothingShownBefore: '',
  nothingShownAfter: '의 내용은 표시하지 않습니다.',
  useBundled: '기본 제공 데이터 사용',
  retry: '다시 시도',
  bundledFailed: (reason) =>
    `사건 데이터를 불러오지 못했습니다(${reason}). 아래는 만들 때의 화면입니다. 필터, 시점 슬라이더, 차트를 쓰려면 데이터가 필요합니다.`,
  titles,
  found: (total) =>
    `문제 ${formatCount(total)}건이 발견되었습니다. 이 파일의 내용은 표시하지 않습니다.`,
  byKind: '종류별 문제',
  otherKinds: (n) => `…그 밖의 종류의 문제 ${formatCount(n)}건.`,
  firstOnes: (n) => `처음 ${formatCount(n)}건`,
  eachOne: '개별 문제',
  more: (n) => `…외 ${formatCount(n)}건.`,
  times: (n) => `${formatCount(n)}회`,
  items: (n, list) => `${lists[list] ?? list} ${formatCount(n)}건`,
  problemsIn: (n, items) => `${items}에서 문제 ${formatCount(n)}건`,
};
