import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, highlightSegments, queryTerms } from '../../src/derive/text';

describe('foldText', () => {
  it.each([
    ['Kōno Tarō', 'kono taro'],
    ['SEOUL', 'seoul'],
    ['Moon Jae-in', 'moon jae-in'],
    ['Hürriyet', 'hurriyet'],
    ['ﬁnal', 'final'],
    ['Ｗｏｒｌｄ', 'world'],
    ['河野太郎', '河野太郎'],
    ['고노 다로', '고노 다로'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    // Hangul decomposes under NFKD, so compare in NFC to keep the Korean readable
    expect(foldText(value).normalize('NFC')).toBe(expected);
  });

  it('folds precomposed and decomposed accents alike', () => {
    expect(foldText('Ko\u0304no')).toBe(foldText('K\u014Dno'));
  });
});

describe('queryTerms', () => {
  it.each([
    ['  Export   CONTROLS ', ['export', 'controls']],
    ['Kōno', ['kono']],
    ['', []],
    ['\t\n ', []],
  ])('%j → %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('highlightSegments', () => {
  it.each([
    ['no query', 'Foreign Minister Kōno', '', [['Foreign Minister Kōno', false]]],
    ['no match', 'Foreign Minister Kōno', 'abe', [['Foreign Minister Kōno', false]]],
    [
      'an accented name from a plain query',
      'Foreign Minister Kōno spoke',
      'kono',
      [
        ['Foreign Minister ', false],
        ['Kōno', true],
        [' spoke', false],
      ],
    ],
    [
      'a plain name from an accented query, any case',
      'KONO said',
      'Kōno',
      [
        ['KONO', true],
        [' said', false],
      ],
    ],
    [
      'every occurrence',
      'talks, more talks',
      'talks',
      [
        ['talks', true],
        [', more ', false],
        ['talks', true],
      ],
    ],
    [
      'several terms',
      'Japan lifts export controls',
      'controls japan',
      [
        ['Japan', true],
        [' lifts export ', false],
        ['controls', true],
      ],
    ],
    ['overlapping terms as one run', 'abcdef', 'abcd cdef', [['abcdef', true]]],
    [
      'a ligature that folds to two letters',
      'the ﬁnal deal',
      'final',
      [
        ['the ', false],
        ['ﬁnal', true],
        [' deal', false],
      ],
    ],
    [
      'Japanese text',
      '河野太郎外相',
      '河野',
      [
        ['河野', true],
        ['太郎外相', false],
      ],
    ],
  ])('marks %s', (_name, text, query, expected) => {
    expect(highlightSegments(text, query).map((s) => [s.text, s.match])).toEqual(expected);
  });

  it('returns one unmarked segment for empty text', () => {
    expect(highlightSegments('', 'kono')).toEqual([{ text: '', match: false }]);
  });

  it.each([
    [
      'an emoji',
      'a 😀 b',
      'b',
      [
        ['a 😀 ', false],
        ['b', true],
      ],
    ],
    [
      'a CJK Extension B kanji',
      '𠮷野家の吉田',
      '吉田',
      [
        ['𠮷野家の', false],
        ['吉田', true],
      ],
    ],
    [
      'the astral character itself',
      'x 𠮷野 y',
      '𠮷野',
      [
        ['x ', false],
        ['𠮷野', true],
        [' y', false],
      ],
    ],
  ])('keeps offsets right after %s (two UTF-16 units)', (_name, text, query, expected) => {
    expect(highlightSegments(text, query).map((s) => [s.text, s.match])).toEqual(expected);
  });

  it('always gives back the original text, alternating marked and unmarked runs', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ maxLength: 8 }),
        (text, query) => {
          const segments = highlightSegments(text, query);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (let i = 1; i < segments.length; i++) {
            expect(segments[i]!.match).not.toBe(segments[i - 1]!.match);
          }
        },
      ),
    );
  });

  it('marks something whenever the folded text contains a query term', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.stringMatching(/^[a-z]{1,5}$/),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (before, word, after) => {
          const segments = highlightSegments(`${before}${word.toUpperCase()}${after}`, word);
          expect(segments.some((s) => s.match && foldText(s.text).includes(word))).toBe(true);
        },
      ),
    );
  });
});
