/** Loaded with the indicators' chunk, not with the catalogue (see i18n/feature-messages.ts). */
import type { reading as en } from '../en/reading';

export const reading: typeof en = {
  move: (title, direction, from, to, latest) =>
    `${title}は${from.period}の${from.value}から${to.period}の${to.value}に${
      direction === 'fell' ? '減少' : '増加'
    }し${latest ? `、${latest.period}は${latest.value}でした` : 'ました'}。`,
  flat: (title, from, to) =>
    `${title}は${from.period}の${from.value}から${to.period}の${to.value}へと、大きくは変わっていません。`,
  one: (title, only) => `${title}：${only.period}は${only.value}。`,
  none: (title, first) => `${title}：${first}より前の数値はありません。`,
  gaps: (missing, frequency) =>
    `この間、${missing}${frequency === 'annual' ? '年' : 'か月'}分の数値がありません。`,
  breaks: (periods) => `${periods.join('、')}で系列が途切れています。`,
  upTo: (date) => `${date}までの数値で読んでいます（それ以降の数値は含めていません）。`,
  details: (date) => `${date}時点の数値とグラフの要約`,
};
