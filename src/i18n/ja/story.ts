/**
 * Loaded with the story chunk, not with the ja catalogue: the first paint of ja.html does not
 * carry the story's words (see i18n/feature-messages.ts).
 */
import type { story as en } from '../en/story';

export const story: typeof en = {
  start: 'ストーリーを読む',
  region: 'ストーリー',
  chapterOf: (n, count) => `第${n}章（全${count}章）`,
  previous: '前の章',
  next: '次の章',
  close: 'ストーリーを閉じる',
  chapters: '章の一覧',
  showsDay: (date) => `このページのすべてのパネルは${date}時点を表示しています。`,
  keys: '左右の矢印キー（またはスワイプ）で章を移動できます。',
  basedOn: '出来事：',
  openEvent: (title) => `出来事「${title}」を開く`,
  missing: (n, count) => `第${n}章はありません。ストーリーは全${count}章です。`,
  changed: 'この章を開いてから表示を変更しました。',
  backToChapter: '章の表示に戻す',
  translated: '英語の原文からの翻訳です。原文が基準です。',
  image: 'この章を画像でダウンロード',
  imageSvg: 'この章をSVGでダウンロード',
  makingImage: '画像を作成しています…',
  imageFailed: (reason) => `画像を作成できませんでした：${reason}`,
  miniTimeline: (count, highlighted, from, to) =>
    `${from}から${to}までの小さなタイムライン：章の日付までの出来事${count}件、うち${highlighted}件に印。`,
  marked: '印',
  showOnPanels: (n) => `第${n}章の日付をすべてのパネルに表示`,
  asPage: 'ストーリーを1ページで読む',
  printNote: '各章を、その日付の時点での状況とともに示します。',
  credit: (credit) => credit,
  permalink: 'この章へのリンク',
  openFull: 'トラッカーでストーリーを開く',
};
