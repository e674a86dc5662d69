import { describe, expect, it } from 'vitest';
import { eventDates, stepDate } from '../../src/features/cursor/event-dates';
import { makeEvent } from '../fixtures/make';

describe('eventDates', () => {
  it('lists distinct event and status dates, sorted', () => {
    const dates = eventDates([
      makeEvent({ date: '2020-03-01' }),
      makeEvent({
        date: '2024-05-27',
        status: [
          { date: '2019-12-24', status: 'planned' },
          { date: '2020-03-01', status: 'postponed' },
          { date: '2024-05-27', status: 'occurred' },
        ],
      }),
      makeEvent({ date: '2019-07-01' }),
    ]);
    expect(dates).toEqual(['2019-07-01', '2019-12-24', '2020-03-01', '2024-05-27']);
  });

  it('is empty for no events', () => {
    expect(eventDates([])).toEqual([]);
  });
});

describe('stepDate', () => {
  const dates = ['2019-07-01', '2019-12-24', '2020-03-01'];

  it.each<[string, 1 | -1, string | null]>([
    ['2019-07-01', 1, '2019-12-24'],
    ['2019-08-01', 1, '2019-12-24'],
    ['2019-01-01', 1, '2019-07-01'],
    ['2020-03-01', 1, null],
    ['2019-12-24', -1, '2019-07-01'],
    ['2019-12-25', -1, '2019-12-24'],
    ['2030-01-01', -1, '2020-03-01'],
    ['2019-07-01', -1, null],
  ])('from %s in direction %i is %s', (asOf, dir, expected) => {
    expect(stepDate(dates, asOf, dir)).toBe(expected);
  });

  it('is null for no dates', () => {
    expect(stepDate([], '2020-01-01', 1)).toBeNull();
    expect(stepDate([], '2020-01-01', -1)).toBeNull();
  });
});
