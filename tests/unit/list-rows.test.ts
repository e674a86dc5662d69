import { describe, expect, it } from 'vitest';
import type { EventAsOf } from '../../src/derive/event-status';
import type { DatePrecision } from '../../src/model/schema';
import { listRows, type ListRow } from '../../src/features/timeline/list-rows';
import { core as enCore } from '../../src/i18n/en/core';
import { core as jaCore } from '../../src/i18n/ja/core';
import { asOfItem, makeEvent } from '../fixtures/make';

const fmt = enCore.format;

const item = (id: string, date: string, datePrecision: DatePrecision = 'day'): EventAsOf =>
  asOfItem(makeEvent({ id, date, datePrecision }));
const outline = (rows: ListRow[]) =>
  rows.map((r) => (r.type === 'event' ? r.item.event.id : `${r.type}:${r.label}`));

describe('listRows', () => {
  it('is empty for no events', () => {
    expect(listRows([], fmt)).toEqual([]);
  });

  it('sorts events oldest first under year then month headings', () => {
    const rows = listRows(
      [
        item('wto', '2019-09-11'),
        item('ruling', '2018-10-30'),
        item('controls', '2019-07-01'),
        item('licence', '2019-07-19'),
      ],
      fmt,
    );
    expect(outline(rows)).toEqual([
      'year:2018',
      'month:October 2018',
      'ruling',
      'year:2019',
      'month:July 2019',
      'controls',
      'licence',
      'month:September 2019',
      'wto',
    ]);
  });

  it('writes the headings in the page language', () => {
    const rows = listRows([item('ruling', '2018-10-30')], jaCore.format);
    expect(outline(rows)).toEqual(['year:2018年', 'month:2018年10月', 'ruling']);
  });

  it('gives year-precision events no month heading', () => {
    const rows = listRows([item('treaty', '1965-01-01', 'year'), item('later', '1965-06-22')], fmt);
    expect(outline(rows)).toEqual(['year:1965', 'treaty', 'month:June 1965', 'later']);
  });

  it('repeats the month heading when a new year starts in the same month name', () => {
    const rows = listRows([item('a', '2019-03-01'), item('b', '2020-03-01')], fmt);
    expect(outline(rows)).toEqual([
      'year:2019',
      'month:March 2019',
      'a',
      'year:2020',
      'month:March 2020',
      'b',
    ]);
  });

  it('keeps events of the same day in input order, with unique keys', () => {
    const rows = listRows([item('first', '2023-03-06'), item('second', '2023-03-06')], fmt);
    expect(outline(rows)).toEqual(['year:2023', 'month:March 2023', 'first', 'second']);
    expect(rows.map((r) => r.key)).toEqual(['y-2023', 'm-2023-03', 'first', 'second']);
  });

  it.each([
    [
      'oldest',
      [
        'year:2018',
        'month:October 2018',
        'ruling',
        'year:2019',
        'month:July 2019',
        'controls',
        'licence',
      ],
    ],
    [
      'newest',
      [
        'year:2019',
        'month:July 2019',
        'licence',
        'controls',
        'year:2018',
        'month:October 2018',
        'ruling',
      ],
    ],
  ] as const)('orders %s first', (order, outlined) => {
    const rows = listRows(
      [item('controls', '2019-07-01'), item('ruling', '2018-10-30'), item('licence', '2019-07-19')],
      fmt,
      order,
    );
    expect(outline(rows)).toEqual(outlined);
  });

  it('newest first, puts the events not yet known on the cursor date after their own heading', () => {
    const rows = listRows(
      [
        item('ruling', '2018-10-30'),
        asOfItem(makeEvent({ id: 'controls', date: '2019-07-01' }), null),
        item('talks', '2018-11-02'),
      ],
      fmt,
      'newest',
      'After 2 Nov 2018',
    );
    expect(outline(rows)).toEqual([
      'year:2018',
      'month:November 2018',
      'talks',
      'month:October 2018',
      'ruling',
      'later:After 2 Nov 2018',
      'year:2019',
      'month:July 2019',
      'controls',
    ]);
    // headings of the two groups never share a key
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('newest first, an event known only to its year heads that year', () => {
    const rows = listRows(
      [item('treaty', '1965-01-01', 'year'), item('june', '1965-06-22')],
      fmt,
      'newest',
    );
    expect(outline(rows)).toEqual(['year:1965', 'treaty', 'month:June 1965', 'june']);
  });

  it('does not reorder its input', () => {
    const input = [item('b', '2020-01-01'), item('a', '2019-01-01')];
    listRows(input, fmt);
    expect(input.map((it) => it.event.id)).toEqual(['b', 'a']);
  });
});
