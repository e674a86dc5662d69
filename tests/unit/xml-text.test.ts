import { describe, expect, it } from 'vitest';
import { xmlEscape, xmlSafeText } from '../../src/derive/xml-text';

describe('xmlEscape', () => {
  it.each<[string, string]>([
    ['Tokyo & Seoul', 'Tokyo &amp; Seoul'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    [
      'bell\u0007 and nul\u0000 removed, tab\tand newline\nkept',
      'bell and nul removed, tab\tand newline\nkept',
    ],
    ['lone surrogate \uD800 removed, pair 😀 kept', 'lone surrogate  removed, pair 😀 kept'],
    ['한일 日韓 — “quotes”', '한일 日韓 — “quotes”'],
  ])('%j → %j', (input, expected) => {
    expect(xmlEscape(input)).toBe(expected);
  });
});

describe('xmlSafeText', () => {
  it.each<[string, string]>([
    ['vertical\u000Btab', 'verticaltab'],
    ['form\u000Cfeed and escape\u001B', 'formfeed and escape'],
    ['U+FFFE\uFFFE and U+FFFF\uFFFF', 'U+FFFE and U+FFFF'],
    ['tab\tnewline\nreturn\r kept', 'tab\tnewline\nreturn\r kept'],
    ['<markup> & ampersands are left to xmlEscape', '<markup> & ampersands are left to xmlEscape'],
  ])('%j → %j', (input, expected) => {
    expect(xmlSafeText(input)).toBe(expected);
  });
});
