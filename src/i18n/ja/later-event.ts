/** Loaded with the event detail's chunk, not with the catalogue. */
import type { laterEvent as en } from '../en/later-event';

export const laterEvent: typeof en = {
  heading: '表示中の日付より後の出来事',
  notice: (eventDate, asOf) =>
    `この出来事は表示中の日付（${asOf}）より後、${eventDate}のものです。開くまで内容は折りたたんでいます。`,
  open: 'それでも出来事を表示する',
  notYetHeld: (status, asOf) =>
    `${asOf}の時点では、まだ行われていません（${status}）。以下は当時わかっていたことです。その後のことは開くまで折りたたんでいます。`,
  openLater: 'その後の経過を表示',
  laterRelated: (n) => `表示中の日付より後の関連する出来事（${n}件）`,
};
