/** Loaded with the event detail's chunk, not with the catalogue. */
import type { laterEvent as en } from '../en/later-event';

export const laterEvent: typeof en = {
  heading: '보고 있는 날짜 이후의 사건',
  notice: (eventDate, asOf) =>
    `이 사건은 보고 있는 날짜(${asOf}) 이후인 ${eventDate}의 일입니다. 펼치기 전까지 내용은 접어 둡니다.`,
  open: '그래도 사건 보기',
  notYetHeld: (status, asOf) =>
    `${asOf} 시점에는 아직 이루어지지 않았습니다(${status}). 아래는 그때 알려진 내용이며, 이후의 일은 펼치기 전까지 접어 둡니다.`,
  openLater: '이후 경과 보기',
  laterRelated: (n) => `보고 있는 날짜 이후의 관련 사건 ${n}건`,
};
