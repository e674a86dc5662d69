import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromDayNumber, dayNumber } from '../../src/derive/dates';
import type { EventAsOf } from '../../src/derive/event-status';
import {
  axisTicks,
  fitDomain,
  laneGroups,
  layoutLane,
  nearestIndex,
  outsideDomain,
  panDomain,
  positionOf,
  zoomDomain,
  type Domain,
  type LaneItem,
} from '../../src/features/lanes/time-domain';
import { core as enCore } from '../../src/i18n/en/core';
import { core as jaCore } from '../../src/i18n/ja/core';
import { core as koCore } from '../../src/i18n/ko/core';
import { asOfItem, makeEvent } from '../fixtures/make';

const fmt = enCore.format;

const item = (date: string, id = `e-${date}`, issues = ['wto']): EventAsOf =>
  asOfItem(makeEvent({ id, date, issues }));
const day = dayNumber;

describe('fitDomain', () => {
  const fallback = { from: '2019-01-01', to: '2019-12-31' };

  it('uses the fallback range, padded by 3%, when there are no items', () => {
    expect(fitDomain([], fallback)).toEqual({
      start: day('2019-01-01') - 11,
      end: day('2019-12-31') + 11,
    });
  });

  it('fits the first and last item with a little air', () => {
    const d = fitDomain([item('2019-07-01'), item('2018-10-30'), item('2020-06-02')], fallback);
    expect(d.start).toBeLessThan(day('2018-10-30'));
    expect(d.end).toBeGreaterThan(day('2020-06-02'));
    const span = day('2020-06-02') - day('2018-10-30');
    expect(d.end - d.start).toBeLessThanOrEqual(Math.ceil(span * 1.06) + 2);
  });

  it('never gives a span under two weeks, centred on a single item', () => {
    expect(fitDomain([item('2019-07-01')], fallback)).toEqual({
      start: day('2019-07-01') - 10,
      end: day('2019-07-01') + 10,
    });
  });

  it('with focusFrom leaves out earlier items', () => {
    const items = [item('1965-06-22'), item('2018-10-30'), item('2020-06-02')];
    const d = fitDomain(items, fallback, '2018-01-01');
    expect(d.start).toBeGreaterThan(day('2018-01-01'));
    expect(d.start).toBeLessThan(day('2018-10-30'));
    expect(d).toEqual(fitDomain(items.slice(1), fallback));
  });

  it('with focusFrom falls back to all items when none is on or after it', () => {
    const items = [item('1965-06-22'), item('1998-10-08')];
    expect(fitDomain(items, fallback, '2018-01-01')).toEqual(fitDomain(items, fallback));
  });

  it('keeps an item exactly on focusFrom', () => {
    const items = [item('2010-01-01'), item('2018-01-01'), item('2019-01-01')];
    const d = fitDomain(items, fallback, '2018-01-01');
    expect(d.start).toBeLessThan(day('2018-01-01'));
    expect(d.start).toBeGreaterThan(day('2010-01-01'));
  });
});

describe('zoomDomain', () => {
  const d: Domain = { start: 0, end: 100 };

  it.each<[number, number, Domain]>([
    [2, 0.5, { start: 25, end: 75 }],
    [2, 0.25, { start: 12.5, end: 62.5 }],
    [2, 0, { start: 0, end: 50 }],
    [2, 1, { start: 50, end: 100 }],
    [0.5, 0.5, { start: -50, end: 150 }],
    [100, 0.5, { start: 43, end: 57 }],
  ])('factor %d at anchor %d gives %j', (factor, anchor, expected) => {
    expect(zoomDomain(d, factor, anchor)).toEqual(expected);
  });

  it('keeps the anchor point fixed for any zoom', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20000, max: 20000, noNaN: true }),
        fc.double({ min: 14, max: 30000, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, span, factor, anchor) => {
          const before = { start, end: start + span };
          const after = zoomDomain(before, factor, anchor);
          const at = before.start + span * anchor;
          expect((at - after.start) / (after.end - after.start)).toBeCloseTo(anchor, 6);
          expect(after.end - after.start).toBeGreaterThanOrEqual(14 - 1e-9);
        },
      ),
    );
  });
});

describe('panDomain, positionOf and outsideDomain', () => {
  const d: Domain = { start: day('2019-01-01'), end: day('2019-01-01') + 100 };

  it('pans by a fraction of the width', () => {
    expect(panDomain({ start: 0, end: 100 }, 0.25)).toEqual({ start: 25, end: 125 });
    expect(panDomain({ start: 0, end: 100 }, -1)).toEqual({ start: -100, end: 0 });
  });

  it('places dates as a fraction of the domain', () => {
    expect(positionOf('2019-01-01', d)).toBe(0);
    expect(positionOf(dateFromDayNumber(d.start + 25), d)).toBe(0.25);
    expect(positionOf(dateFromDayNumber(d.end), d)).toBe(1);
  });

  it('counts items before and after, the edges counting as inside', () => {
    const items = [
      item('2018-12-31'),
      item('2019-01-01'),
      item(dateFromDayNumber(d.end)),
      item(dateFromDayNumber(d.end + 1)),
      item('2030-01-01'),
    ];
    expect(outsideDomain(items, d)).toEqual({ before: 1, after: 2 });
  });
});

describe('layoutLane', () => {
  // 100 days across 100 px: one pixel per day
  const start = day('2019-01-01');
  const d: Domain = { start, end: start + 100 };
  const at = (n: number, id = `d${n}`) => item(dateFromDayNumber(start + n), id);
  const shape = (lane: LaneItem[]) =>
    lane.map((it) =>
      it.kind === 'event' ? it.item.event.id : it.items.map((x) => x.event.id).join('+'),
    );

  it('keeps markers at least minGap apart single and clusters closer ones', () => {
    const lane = layoutLane([at(0), at(3), at(8), at(20), at(40), at(48), at(60)], d, 100, 9);
    expect(shape(lane)).toEqual(['d0+d3+d8', 'd20', 'd40+d48', 'd60']);
  });

  it('measures the gap from the first marker of a cluster, so a chain cannot grow forever', () => {
    const lane = layoutLane([at(0), at(5), at(10), at(15), at(20)], d, 100, 9);
    expect(shape(lane)).toEqual(['d0+d5', 'd10+d15', 'd20']);
  });

  it('treats a gap of exactly minGap as far enough', () => {
    expect(shape(layoutLane([at(10), at(19)], d, 100, 9))).toEqual(['d10', 'd19']);
    expect(shape(layoutLane([at(10), at(18)], d, 100, 9))).toEqual(['d10+d18']);
  });

  it('scales the gap with the width', () => {
    // at 200 px, 5 days are 10 px apart
    expect(shape(layoutLane([at(10), at(15)], d, 200, 9))).toEqual(['d10', 'd15']);
    expect(shape(layoutLane([at(10), at(15)], d, 100, 9))).toEqual(['d10+d15']);
  });

  it('describes clusters by their range and places them at its middle', () => {
    const [cluster] = layoutLane([at(40, 'a'), at(44, 'b'), at(48, 'c')], d, 100, 9);
    expect(cluster).toMatchObject({
      kind: 'cluster',
      key: 'cluster-a-3',
      from: dateFromDayNumber(start + 40),
      to: dateFromDayNumber(start + 48),
      at: 0.44,
    });
  });

  it('places a single marker at its date', () => {
    expect(layoutLane([at(25, 'x')], d, 100)).toEqual([
      { kind: 'event', key: 'x', item: expect.anything(), at: 0.25 },
    ]);
  });

  it('drops items outside the domain and keeps the edges', () => {
    const lane = layoutLane([at(-1), at(0), at(50), at(100), at(101)], d, 100, 9);
    expect(shape(lane)).toEqual(['d0', 'd50', 'd100']);
  });

  it('is empty for no items', () => {
    expect(layoutLane([], d, 100)).toEqual([]);
  });

  describe('with 100,000 items', () => {
    const first = day('2018-01-01');
    const span = day('2024-12-31') - first + 1;
    const base = makeEvent({ issues: ['wto'] });
    const many: EventAsOf[] = Array.from({ length: 100_000 }, (_, i) => {
      const date = dateFromDayNumber(first + ((i * 7919) % span));
      return asOfItem({ ...base, id: `g-${i}`, date });
    }).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
    const domain = fitDomain(many, { from: '2018-01-01', to: '2024-12-31' });

    it.each([
      [1200, 9],
      [600, 9],
      [320, 12],
      [2000, 4],
    ])('at %i px with minGap %i draws at most width/minGap marks, losing no item', (width, gap) => {
      const lane = layoutLane(many, domain, width, gap);
      expect(lane.length).toBeLessThanOrEqual(width / gap);
      // clustering still spreads marks across the lane rather than collapsing it
      expect(lane.length).toBeGreaterThan((width / gap) * 0.8);
      const drawn = lane.reduce((n, it) => n + (it.kind === 'event' ? 1 : it.items.length), 0);
      expect(drawn).toBe(many.length);
      for (let i = 1; i < lane.length; i++) {
        const prev = lane[i - 1]!;
        const firstOf = (it: LaneItem) => (it.kind === 'event' ? it.item : it.items[0]!);
        expect(
          (positionOf(firstOf(lane[i]!).event.date, domain) -
            positionOf(firstOf(prev).event.date, domain)) *
            width,
        ).toBeGreaterThanOrEqual(gap);
      }
    });
  });
});

describe('laneGroups', () => {
  it('puts an event in every lane of its issues, in issue order, sorted by date', () => {
    const items = [
      item('2019-09-11', 'filing', ['wto', 'export-controls']),
      item('2019-07-01', 'controls', ['export-controls']),
      item('2019-01-01', 'stray', ['not-listed']),
    ];
    const groups = laneGroups(items, ['export-controls', 'wto', 'gsomia']);
    expect(groups.map((g) => [g.issue, g.items.map((it) => it.event.id)])).toEqual([
      ['export-controls', ['controls', 'filing']],
      ['wto', ['filing']],
      ['gsomia', []],
    ]);
  });
});

describe('nearestIndex', () => {
  const lane = layoutLane(
    [item('2019-01-11', 'a'), item('2019-02-20', 'b'), item('2019-04-01', 'c')],
    { start: day('2019-01-01'), end: day('2019-01-01') + 100 },
    100,
  );

  it.each([
    [0, 0],
    [0.49, 1],
    [0.51, 1],
    [0.85, 2],
    [1, 2],
  ])('at %d is item %i', (at, expected) => {
    expect(nearestIndex(lane, at)).toBe(expected);
  });

  it('is -1 for an empty lane', () => {
    expect(nearestIndex([], 0.5)).toBe(-1);
  });
});

describe('axisTicks', () => {
  const years = (from: string, to: string): Domain => ({ start: day(from), end: day(to) });
  const labels = (ticks: ReturnType<typeof axisTicks>) => ticks.map((t) => t.label);

  it('gives one major tick per year for a long span', () => {
    const ticks = axisTicks(years('2018-01-01', '2024-12-31'), 1000, fmt);
    expect(labels(ticks)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks.every((t) => t.major)).toBe(true);
    expect(ticks[1]?.day).toBe(day('2019-01-01'));
  });

  it.each([
    [200, ['2018', '2020', '2022', '2024']],
    [100, ['2020']],
  ])('thins year ticks at %i px', (width, expected) => {
    expect(labels(axisTicks(years('2018-01-01', '2024-12-31'), width, fmt))).toEqual(expected);
  });

  it.each([
    [1000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [600, [1, 4, 7, 10]],
    [300, [1, 7]],
  ])('gives month ticks for a one-year span at %i px', (width, months) => {
    const ticks = axisTicks(years('2019-01-01', '2019-12-31'), width, fmt);
    // month names come from Intl ('Sep' or 'Sept' depending on the ICU version)
    expect(labels(ticks)).toEqual(
      months.map((m) => (m === 1 ? '2019' : enCore.format.monthTick(m))),
    );
    expect(ticks.map((t) => t.major)).toEqual(months.map((m) => m === 1));
    expect(ticks.map((t) => t.day)).toEqual(
      months.map((m) => day(`2019-${String(m).padStart(2, '0')}-01`)),
    );
  });

  it('writes ticks in the page language', () => {
    const span = years('2019-05-15', '2020-03-15');
    expect(labels(axisTicks(span, 1000, jaCore.format))).toEqual([
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '2020年',
      '2月',
      '3月',
    ]);
    expect(labels(axisTicks(span, 1000, koCore.format))).toContain('2020년');
    expect(labels(axisTicks(years('2018-01-01', '2020-12-31'), 500, jaCore.format))).toEqual([
      '2018年',
      '2019年',
      '2020年',
    ]);
  });

  it('thins year ticks sooner when the year is written longer (2019年)', () => {
    // 7 years at 420 px: 60 px a year fits '2019' but not '2019年' with room between
    const span = years('2018-01-01', '2024-12-31');
    expect(labels(axisTicks(span, 420, fmt))).toHaveLength(7);
    expect(labels(axisTicks(span, 420, jaCore.format))).toEqual([
      '2018年',
      '2020年',
      '2022年',
      '2024年',
    ]);
  });

  it('labels the new year across a year end and leaves out months outside the domain', () => {
    const ticks = axisTicks(years('2019-10-15', '2020-03-15'), 1000, fmt);
    expect(labels(ticks)).toEqual(['Nov', 'Dec', '2020', 'Feb', 'Mar']);
    expect(ticks.find((t) => t.label === '2020')).toEqual({
      day: day('2020-01-01'),
      label: '2020',
      major: true,
    });
  });
});
