/** Loaded with the indicators' chunk, not with the catalogue (see i18n/feature-messages.ts). */
import type { reading as en } from '../en/reading';

export const reading: typeof en = {
  move: (title, direction, from, to, latest) =>
    `${title}은(는) ${from.period} ${from.value}에서 ${to.period} ${to.value}(으)로 ${
      direction === 'fell' ? '감소' : '증가'
    }했습니다.${latest ? ` ${latest.period} 수치는 ${latest.value}입니다.` : ''}`,
  flat: (title, from, to) =>
    `${title}은(는) ${from.period} ${from.value}에서 ${to.period} ${to.value}(으)로 큰 변화가 없었습니다.`,
  one: (title, only) => `${title}: ${only.period} ${only.value}.`,
  none: (title, first) => `${title}: ${first} 이전 수치는 없습니다.`,
  gaps: (missing, frequency) =>
    ` 그 사이 ${missing}${frequency === 'annual' ? '년' : '개월'}분의 수치가 없습니다.`,
  breaks: (periods) => ` ${periods.join(', ')}에서 계열이 끊깁니다.`,
  upTo: (date) => ` ${date}까지의 수치로 읽었습니다(이후 수치는 제외).`,
  details: (date) => `${date} 기준 수치와 그래프 요약`,
};
