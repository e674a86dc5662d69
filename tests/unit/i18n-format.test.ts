import { describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../src/i18n/catalogue';
import { core as en } from '../../src/i18n/en/core';
import { formatCount } from '../../src/i18n/numbers';

const ja = (await loadCatalogue('ja')).core;
const ko = (await loadCatalogue('ko')).core;
const formats: Record<string, Catalogue['core']['format']> = {
  en: en.format,
  ja: ja.format,
  ko: ko.format,
};

describe('dates written the local way, at the precision the data knows', () => {
  it.each([
    ['en', '2019-07-01', 'day', '1 July 2019'],
    ['ja', '2019-07-01', 'day', '2019年7月1日'],
    ['ko', '2019-07-01', 'day', '2019년 7월 1일'],
    ['en', '2019-07-01', 'month', 'July 2019'],
    ['ja', '2019-07-01', 'month', '2019年7月'],
    ['ko', '2019-07-01', 'month', '2019년 7월'],
    ['en', '1965-06-22', 'year', '1965'],
    ['en', '2019-07-31', 'month', 'July 2019'],
    ['en', '2019-12-31', 'year', '2019'],
    ['en', '2020-02-29', 'day', '29 February 2020'],
    ['en', '2019-07-04', 'day', '4 July 2019'],
    ['ja', '1965-06-22', 'year', '1965年'],
    ['ko', '1965-06-22', 'year', '1965년'],
    ['ja', '2018-10-30', 'day', '2018年10月30日'],
    ['ko', '2023-12-31', 'day', '2023년 12월 31일'],
  ] as const)('%s %s (%s) → %s', (lang, iso, precision, expected) => {
    expect(formats[lang]!.date(iso, precision)).toBe(expected);
  });

  it.each([
    ['en', '27 Oct 2020', 'March 2023', 'Mar', 'Mar 2023', '2023'],
    ['ja', '2020年10月27日', '2023年3月', '3月', '2023年3月', '2023年'],
    ['ko', '2020년 10월 27일', '2023년 3월', '3월', '2023년 3월', '2023년'],
  ] as const)('%s short date, month, axis ticks', (lang, short, month, tick, monthYear, year) => {
    const f = formats[lang]!;
    expect(f.shortDate('2020-10-27')).toBe(short);
    expect(f.month('2023-03')).toBe(month);
    expect(f.monthTick(3)).toBe(tick);
    expect(f.monthYearTick(3, 2023)).toBe(monthYear);
    expect(f.year(2023)).toBe(year);
  });

  it.each([
    ['en', 'Jan', 'Dec', '6 Mar 2023'],
    ['ja', '1月', '12月', '2023年3月6日'],
    ['ko', '1월', '12월', '2023년 3월 6일'],
  ] as const)('%s first and last month ticks, a one-digit day', (lang, jan, dec, short) => {
    const f = formats[lang]!;
    expect(f.monthTick(1)).toBe(jan);
    expect(f.monthTick(12)).toBe(dec);
    expect(f.shortDate('2023-03-06')).toBe(short);
  });
});

describe('numbers, counts and lists', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
  ])('%d → %s', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });

  it.each([
    ['en', 1, '1 event'],
    ['en', 2, '2 events'],
    ['en', 100000, '100,000 events'],
    ['ja', 1, '1件'],
    ['ja', 100000, '100,000件'],
    ['ko', 1, '1건'],
    ['ko', 206, '206건'],
  ] as const)('%s %d events → %s', (lang, n, expected) => {
    expect(formats[lang]!.events(n)).toBe(expected);
  });

  it.each([
    ['en', ['A'], 'A'],
    ['en', ['A', 'B'], 'A and B'],
    ['en', ['A', 'B', 'C'], 'A, B and C'],
    ['ja', ['A', 'B', 'C'], 'A、B、C'],
    ['ko', ['A', 'B', 'C'], 'A, B, C'],
  ] as const)('%s list %j', (lang, items, expected) => {
    expect(formats[lang]!.list([...items])).toBe(expected);
  });
});
