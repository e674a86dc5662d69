import { describe, expect, it } from 'vitest';
import { queryWarningText } from '../../src/derive/url-state';
import { browserLang, pageUrlFor, resolveLang } from '../../src/i18n/lang';

describe('browserLang', () => {
  it.each([
    [['ja-JP', 'en'], 'ja'],
    [['ko'], 'ko'],
    [['fr-FR', 'ko-KR', 'ja'], 'ko'],
    [['EN-gb'], 'en'],
    [['fr', 'de'], null],
    [[], null],
  ])('%j → %s', (languages, expected) => {
    expect(browserLang(languages)).toBe(expected);
  });
});

describe('resolveLang', () => {
  const base = { param: null, page: 'en' as const, stored: null, browser: ['en-US'] };
  it.each([
    ['English by default', base, 'en'],
    ['a first visit follows the browser', { ...base, browser: ['ko-KR'] }, 'ko'],
    [
      'a remembered choice beats the browser',
      { ...base, stored: 'en' as const, browser: ['ja'] },
      'en',
    ],
    ['a remembered choice on the English page', { ...base, stored: 'ja' as const }, 'ja'],
    [
      '?lang= beats everything',
      { ...base, param: 'ko', stored: 'ja' as const, browser: ['ja'] },
      'ko',
    ],
    ['?lang=en on the Japanese page', { ...base, page: 'ja' as const, param: 'en' }, 'en'],
    [
      'the Japanese page is a choice',
      { ...base, page: 'ja' as const, stored: 'ko' as const },
      'ja',
    ],
    [
      'the Korean page ignores the browser',
      { ...base, page: 'ko' as const, browser: ['ja'] },
      'ko',
    ],
  ])('%s', (_, inputs, expected) => {
    const result = resolveLang(inputs);
    expect(result.lang).toBe(expected);
    expect(result.warning).toBeNull();
  });

  it('explains a ?lang= it cannot use and carries on', () => {
    const result = resolveLang({ ...base, param: 'fr', browser: ['ja-JP'] });
    expect(result.lang).toBe('ja');
    expect(queryWarningText(result.warning!)).toBe('Ignored lang=“fr”: expected one of en, ja, ko');
  });
});

describe('pageUrlFor', () => {
  it.each([
    ['ja', '/', '?q=gsomia&lang=ko', '#x', 'ja.html?q=gsomia#x'],
    ['ko', '/tracker/index.html', '', '', 'ko.html'],
    ['en', '/tracker/ja.html', '?issues=gsomia,wto-dispute', '', './?issues=gsomia,wto-dispute'],
    ['en', '/tracker/index.html', '?lang=ja', '', 'index.html'],
    ['en', '/tracker/ko.html', '', '', './'],
    [
      'ja',
      '/tracker/ko.html',
      '?event=a-b&asOf=2020-10-27',
      '',
      'ja.html?event=a-b&asOf=2020-10-27',
    ],
    // a host that serves the page for any path: the address stays on this site
    ['ja', '//evil.example/', '?lang=ja', '', 'ja.html'],
    ['en', '//evil.example/ja.html', '', '', './'],
  ] as const)('%s from %s%s', (lang, path, search, hash, expected) => {
    const address = pageUrlFor(lang, path, search, hash);
    expect(address).toBe(expected);
    expect(new URL(address, `https://tracker.example${path}`).origin).toBe(
      'https://tracker.example',
    );
  });
});
