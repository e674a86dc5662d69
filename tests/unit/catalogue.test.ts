import { describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../src/i18n/catalogue';
import { chart } from '../../src/i18n/en/chart';
import { core } from '../../src/i18n/en/core';
import { exports } from '../../src/i18n/en/exports';
import { graphics } from '../../src/i18n/en/graphics';
import { filters } from '../../src/i18n/en/filters';
import { indicators } from '../../src/i18n/en/indicators';
import { panels } from '../../src/i18n/en/panels';
import { problems } from '../../src/i18n/en/problems';
import { summary } from '../../src/i18n/en/summary';
import { timeline } from '../../src/i18n/en/timeline';

const en: Catalogue = {
  core,
  timeline,
  filters,
  chart,
  panels,
  indicators,
  exports,
  problems,
  graphics,
  summary,
};
const catalogues = { ja: await loadCatalogue('ja'), ko: await loadCatalogue('ko') };

/** Every leaf of a catalogue as [path, value]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

/**
 * A stand-in for an argument object: every property is another stand-in, calling it gives
 * 'x', and as a primitive it is 2 (so counts, dates-as-text and lists all come out as text).
 */
const anything: unknown = new Proxy(function () {}, {
  get: (_, key) =>
    key === Symbol.toPrimitive
      ? () => 2
      : key === 'length'
        ? 2
        : key === 'then'
          ? undefined
          : anything,
  apply: () => 'x',
});

/** Argument lists to try on a message function: counts, dates, names, lists, objects. */
const samples = (n: number): unknown[][] => [
  Array.from({ length: n }, (_, i) => (i === 0 ? 2 : 'x')),
  Array.from({ length: n }, () => '2019-07-01'),
  Array.from({ length: n }, () => 2),
  Array.from({ length: n }, () => ['x', 'y']),
  Array.from({ length: n }, (_, i) => (i === 0 ? '2019-07-01' : 'day')),
  Array.from({ length: Math.max(n, 1) }, () => anything),
];

function call(fn: (...a: unknown[]) => unknown): string | null {
  for (const args of samples(fn.length)) {
    try {
      return String(fn(...args));
    } catch {
      /* try the next argument list */
    }
  }
  return null;
}

describe.each(Object.entries(catalogues))('the %s catalogue', (lang, catalogue) => {
  const reference = new Map(leaves(en));
  const translated = new Map(leaves(catalogue));

  it('has every key of the English one, and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it('has a text or a function of the same kind for each key', () => {
    for (const [path, value] of reference) {
      const other = translated.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === 'function')
        expect((other as (...a: unknown[]) => unknown).length, path).toBeLessThanOrEqual(
          value.length,
        );
    }
  });

  it('has no empty text, and no English left where English has a sentence', () => {
    const untranslated: string[] = [];
    for (const [path, value] of translated) {
      if (typeof value !== 'string') continue;
      const english = reference.get(path);
      // empty only where English is (the translation note exists only in translations), or
      // for the words before a value that Japanese and Korean put after it (…Before/…After)
      if (value === '' && english !== '' && !/Before$/.test(path))
        untranslated.push(`${path}: empty`);
      // a sentence of three English words or more, identical to the English: not translated
      if (value === english && /[a-z]+ [a-z]+ [a-z]+/i.test(value) && !path.endsWith('groupLabel'))
        untranslated.push(path);
    }
    expect(untranslated, `${lang}`).toEqual([]);
  });

  it('writes no English words in its function messages', () => {
    const english: string[] = [];
    for (const [path, value] of translated) {
      if (typeof value !== 'function') continue;
      const out = call(value as (...a: unknown[]) => unknown);
      if (out === null) english.push(`${path}: could not be called with sample arguments`);
      else if (/\b(the|and|of|events?|not|with)\b/i.test(out)) english.push(`${path}: ${out}`);
    }
    expect(english).toEqual([]);
  });
});
