import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldText,
  hasTerm,
  highlightSegments,
  matchSnippet,
  queryTerms,
  searchTextOf,
} from '../../src/derive/text';

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

  it('answers plain ASCII (its fast path) as the full decomposition does', () => {
    const full = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        expect(foldText(s)).toBe(full(s));
        // and its words: a–z and 0–9 are every letter and digit ASCII has, once folded
        const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        expect(words(foldText(s))).toEqual(
          foldText(s)
            .split(/[^a-z0-9]+/)
            .filter(Boolean),
        );
      }),
    );
  });
});

describe('queryTerms', () => {
  it.each([
    ['  Export   CONTROLS ', ['export', 'controls']],
    ['Kōno', ['kono']],
    ['', []],
    ['\t\n ', []],
    ['white-list', ['whitelist']],
    ['Takizaki–Kim', ['takizakikim']],
  ])('%j → %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('spelling variants: one word with or without a hyphen or a space', () => {
  const texts = {
    whitelist: 'Japan removes Korea from its whitelist',
    hyphen: 'Japan removes Korea from its white-list',
    space: 'Japan removes Korea from its white list',
    dot: '韓国をホワイト・リストから除外',
    katakana: '韓国をホワイトリストから除外',
    hangulSpace: '한국을 화이트 리스트에서 제외',
    hangul: '한국을 화이트리스트에서 제외',
  };
  const finds = (text: string, query: string) =>
    queryTerms(query).every((term) => hasTerm(searchTextOf(text), term));

  it.each([
    ['whitelist', texts.whitelist],
    ['whitelist', texts.hyphen],
    ['whitelist', texts.space],
    ['white-list', texts.whitelist],
    ['white-list', texts.hyphen],
    ['white-list', texts.space],
    ['white list', texts.whitelist],
    ['white list', texts.hyphen],
    ['white list', texts.space],
    ['WHITE–LIST', texts.space],
    ['whitelis', texts.space],
    ['ホワイトリスト', texts.dot],
    ['ホワイト・リスト', texts.katakana],
    ['화이트리스트', texts.hangulSpace],
    ['화이트 리스트', texts.hangul],
  ])('%j finds %j', (query, text) => {
    expect(finds(text, query)).toBe(true);
  });

  it.each([
    // a pair of words is found from its start only, not across any word boundary
    ['kono', 'Seiko Nomura spoke'],
    ['elist', 'the white list'],
    ['whitelist', 'white paper on the list'],
    // the mark between text and pairs cannot be typed
    ['\u0001kono', 'Seiko Nomura spoke'],
  ])('%j does not find %j', (query, text) => {
    expect(finds(text, query)).toBe(false);
  });

  it.each([
    [
      'whitelist',
      'its white-list',
      [
        ['its ', false],
        ['white-list', true],
      ],
    ],
    [
      'whitelist',
      'its white list',
      [
        ['its ', false],
        ['white list', true],
      ],
    ],
    [
      'white-list',
      'its whitelist',
      [
        ['its ', false],
        ['whitelist', true],
      ],
    ],
  ])('%j highlights %j', (query, text, expected) => {
    expect(highlightSegments(text, query).map((s) => [s.text, s.match])).toEqual(expected);
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

describe('matchSnippet', () => {
  const long =
    'The Supreme Court ordered Nippon Steel to pay compensation to four plaintiffs who were ' +
    'forced to work at its plants during the war, rejecting the argument that the 1965 ' +
    'agreement had settled every claim.';
  it.each([
    ['the first text with a match', ['no match here', 'a white list'], 'whitelist', 'a white list'],
    ['a short text whole', ['Abe Shinzō'], 'shinzo', 'Abe Shinzō'],
    [
      'a long text cut around the match, at spaces',
      [long],
      'plaintiffs',
      '…Steel to pay compensation to four plaintiffs who were forced to work at its plants…',
    ],
    [
      'the start kept when the match is near it',
      [long],
      'supreme',
      'The Supreme Court ordered Nippon Steel to pay…',
    ],
    ['nothing without a match', ['no match'], 'gsomia', null],
    ['nothing without a query', [long], '  ', null],
  ])('%s', (_, texts, query, expected) => {
    expect(matchSnippet(texts, query, 40)).toBe(expected);
  });
});
