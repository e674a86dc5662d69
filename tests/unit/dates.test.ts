import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  byDate,
  compareDates,
  countOnOrBefore,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  isIsoDate,
  monthOf,
  monthFromNumber,
  monthNumber,
  monthRange,
} from '../../src/derive/dates';

describe('monthOf', () => {
  it('is the YYYY-MM of a date', () => {
    expect(monthOf('2023-03-06')).toBe('2023-03');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2019-02-28', true],
    ['2019-02-29', false],
    ['2020-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2019-02-30', false],
    ['2019-04-31', false],
    ['2019-12-31', true],
    ['2019-13-01', false],
    ['2019-00-10', false],
    ['2019-01-00', false],
    ['2019-1-01', false],
    ['2019-01-01T00:00', false],
    ['', false],
    ['not a date', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('dayNumber and dateFromDayNumber', () => {
  it('agrees with the calendar (Date.UTC) for any date from year 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const expected = Math.floor(d.getTime() / 864e5);
          expect(dayNumber(iso)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2019-07-04', 18081],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(date)).toBe(day);
    expect(dateFromDayNumber(day)).toBe(date);
  });

  it('counts a leap day', () => {
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
    expect(dayNumber('2019-03-01') - dayNumber('2019-02-28')).toBe(1);
  });

  const dates = [
    '1965-06-22',
    '2011-12-29',
    '2012-01-01',
    '2019-07-04',
    '2020-02-29',
    '2024-06-01',
  ];

  it('round-trips every day of 2018–2024', () => {
    const first = dayNumber('2018-01-01');
    const last = dayNumber('2024-12-31');
    expect(last - first).toBe(2556);
    for (let day = first; day <= last; day++) {
      expect(dayNumber(dateFromDayNumber(day))).toBe(day);
    }
  });

  describe('in the reader’s time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    // Samoa and Kiritimati moved across the date line after 1970, so a day count made of
    // local calendar days would be one off there.
    it.each([
      ['Asia/Tokyo', -540],
      ['America/Los_Angeles', 420],
      ['Pacific/Apia', -780],
      ['Pacific/Kiritimati', -840],
      ['Pacific/Auckland', -720],
    ])('round-trips in %s', (zone, julyOffset) => {
      process.env.TZ = zone;
      // proves the zone took effect, so the test cannot pass in UTC by accident
      expect(new Date(Date.UTC(2022, 6, 1, 12)).getTimezoneOffset()).toBe(julyOffset);
      expect(dayNumber('1970-01-01')).toBe(0);
      for (const date of dates) expect(dateFromDayNumber(dayNumber(date))).toBe(date);
      expect(monthRange('2019-11-15', '2020-02-01')).toEqual([
        '2019-11',
        '2019-12',
        '2020-01',
        '2020-02',
      ]);
    });
  });
});

describe('monthRange', () => {
  it.each([
    ['2019-11-15', '2020-02-01', ['2019-11', '2019-12', '2020-01', '2020-02']],
    ['2019-07-01', '2019-07-31', ['2019-07']],
    ['2019-07', '2019-08', ['2019-07', '2019-08']],
    ['2019-12-31', '2020-01-01', ['2019-12', '2020-01']],
    ['2020-01-01', '2019-12-31', []],
  ])('%s → %s', (first, last, expected) => {
    expect(monthRange(first, last)).toEqual(expected);
  });

  it('gives 12 months a year over several years', () => {
    const months = monthRange('2018-01-01', '2024-12-31');
    expect(months).toHaveLength(84);
    expect(new Set(months).size).toBe(84);
  });
});

describe('byDate and countOnOrBefore', () => {
  const sorted = ['2019-07-01', '2019-07-04', '2019-07-04', '2019-08-28'];
  it.each<[string, number]>([
    ['2019-06-30', 0],
    ['2019-07-01', 1],
    ['2019-07-04', 3],
    ['2019-08-01', 3],
    ['2026-01-01', 4],
  ])('%s: %i on or before it', (date, n) => {
    expect(countOnOrBefore(sorted, date, (d) => d)).toBe(n);
  });
  it('is 0 for an empty list', () => expect(countOnOrBefore([], '2020-01-01', (d) => d)).toBe(0));
  it('sorts by date and keeps ties in their order', () => {
    const items = [
      { id: 'b', date: '2019-07-04' },
      { id: 'a', date: '2019-07-01' },
      { id: 'c', date: '2019-07-04' },
    ];
    expect([...items].sort(byDate).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('monthNumber', () => {
  it.each([
    ['2019-01-01', '2019-01'],
    ['2019-12-31', '2019-12'],
    ['0999-07', '0999-07'],
    ['2024-02', '2024-02'],
  ])('%s and back is %s', (date, month) => {
    expect(monthFromNumber(monthNumber(date))).toBe(month);
  });

  it('counts months, across a year', () => {
    expect(monthNumber('2020-01-15') - monthNumber('2019-12-01')).toBe(1);
    expect(monthNumber('2020-03') - monthNumber('2019-03-31')).toBe(12);
  });
});

describe('compareDates, the comparator every date sort goes through', () => {
  it.each<[string, string, number]>([
    ['2019-07-01', '2019-07-04', -1],
    ['2019-07-04', '2019-07-01', 1],
    ['2019-07-04', '2019-07-04', 0],
    ['2019-07', '2019-07-01', -1], // a month sorts before its days
    ['2019', '2019-01', -1],
    ['1965-12-18', '2018-10-30', -1],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
    expect(Math.sign(byDate({ date: a }, { date: b }))).toBe(sign);
  });
});

describe('daysBetween', () => {
  it.each<[string, string, number]>([
    ['2019-07-01', '2019-07-04', 3],
    ['2019-07-04', '2019-07-01', -3],
    ['2020-02-28', '2020-03-01', 2], // a leap year
    ['2019-02-28', '2019-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2018-10-30', '2023-03-06', 1588],
  ])('%s to %s: %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
  it('agrees with the calendar for any two dates', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2199-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
        expect(daysBetween(a, b)).toBe(Math.round(ms / 86_400_000));
      }),
    );
  });
});
