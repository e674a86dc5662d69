/**
 * Loaded with the story chunk, not with the ko catalogue: the first paint of ko.html does not
 * carry the story's words (see i18n/feature-messages.ts).
 */
import type { story as en } from '../en/story';

export const story: typeof en = {
  start: '스토리 읽기',
  region: '스토리',
  chapterOf: (n, count) => `${count}장 중 제${n}장`,
  previous: '이전 장',
  next: '다음 장',
  close: '스토리 닫기',
  chapters: '장 목록',
  showsDay: (date) => `이 페이지의 모든 패널은 ${date} 시점을 보여 줍니다.`,
  keys: '왼쪽·오른쪽 화살표 키(또는 스와이프)로 장을 넘길 수 있습니다.',
  basedOn: '사건:',
  openEvent: (title) => `사건 “${title}” 열기`,
  missing: (n, count) => `제${n}장은 없습니다. 스토리는 모두 ${count}장입니다.`,
  changed: '이 장을 연 뒤 보기를 바꾸었습니다.',
  backToChapter: '장의 보기로 되돌리기',
  translated: '영어 원문을 번역한 것입니다. 원문이 기준입니다.',
  image: '이 장을 이미지로 내려받기',
  imageSvg: '이 장을 SVG로 내려받기',
  makingImage: '이미지를 만드는 중…',
  imageFailed: (reason) => `이미지를 만들 수 없습니다: ${reason}`,
  miniTimeline: (count, highlighted, from, to) =>
    `${from}부터 ${to}까지의 작은 타임라인: 장의 날짜까지의 사건 ${count}건, 그중 ${highlighted}건 표시.`,
  marked: '표시',
  showOnPanels: (n) => `제${n}장의 날짜를 모든 패널에 표시`,
  asPage: '스토리를 한 페이지로 읽기',
  printNote: '각 장을 그 날짜 시점의 상황과 함께 보여 줍니다.',
  credit: (credit) => credit,
  permalink: '이 장의 링크',
  openFull: '트래커에서 스토리 열기',
};
