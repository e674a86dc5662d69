import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/features/export/svg-text';

describe('wrapText', () => {
  it.each<[string, string, number, string[]]>([
    ['between words', 'Seoul says it will end GSOMIA', 90, ['Seoul says it', 'will end', 'GSOMIA']],
    ['one line when it fits', 'GSOMIA', 200, ['GSOMIA']],
    [
      'between any two Han characters, and after digits that run into them',
      '日本は5億ドルの資金を約束した',
      60,
      ['日本は5億', 'ドルの資金', 'を約束した'],
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
