import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/features/export/svg-text';

describe('wrapText', () => {
  it.each<[string, string, number, string[]]>([
    ['between words', 'Seoul says it will end GSOMIA', 90, ['Seoul says it', 'will end', 'GSOMIA']],
    ['one line when it fits', 'GSOMIA', 200, ['GSOMIA']],
    [
      'between any two Han characters, never between a number and its counter',
      '日本は5億ドルの資金を約束した',
      60,
      ['日本は5億', 'ドルの資金', 'を約束した'],
    ],
    ['a Japanese date kept whole', '出典確認 2026年12月2日', 66, ['出典確認', '2026年', '12月2日']],
    [
      'Korean only at spaces, a date never split',
      '출처 확인일 2026년 12월 2일 · Data CC BY 4.0',
      100,
      ['출처 확인일', '2026년 12월 2일', '· Data CC BY 4.0'],
    ],
    [
      'past the last line, an ellipsis',
      'one two three four five six',
      40,
      ['one', 'two', 'three…'],
    ],
  ])('%s', (_, text, maxPx, lines) => {
    expect(wrapText(text, maxPx, 12, 3)).toEqual(lines);
  });
});
