/**
 * The image's default headline names the years of what the image draws: the events known
 * on the cursor date, in the span on screen or (by default) from the data's defaultFrom on.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/derive/dates';
import type { EventAsOf } from '../../src/derive/event-status';
import { emptyFilters } from '../../src/derive/filter';
import { headlineYears, imageDomain, imageHeadline } from '../../src/features/export/image-card';
import { graphics } from '../../src/i18n/en/graphics';
import { asOfItem, makeDataset, makeEvent, makeMeta } from '../fixtures/make';
import { bundledCard } from '../fixtures/image-card';

const item = (date: string, status: EventAsOf['status'] = 'occurred') =>
  asOfItem(makeEvent({ id: `e-${date}`, date }), status);
const meta = makeMeta({ defaultFrom: '2018-01-01' });
const span = (from: string, to: string) => ({ start: dayNumber(from), end: dayNumber(to) });

describe('headlineYears', () => {
  it.each<[string, EventAsOf[], string, ReturnType<typeof span> | null, [number, number]]>([
    [
      'an event in the default span’s margin (before defaultFrom) does not open it',
      [item('2017-12-28'), item('2018-10-30'), item('2023-03-06')],
      '2024-12-31',
      null,
      [2018, 2023],
    ],
    [
      'events after the cursor (drawn pale) do not extend it',
      [item('2018-10-30'), item('2019-07-01'), item('2023-03-06', null)],
      '2020-10-27',
      null,
      [2018, 2019],
    ],
    [
      'an event exactly on the cursor date counts',
      [item('2018-10-30'), item('2020-10-27')],
      '2020-10-27',
      null,
      [2018, 2020],
    ],
    [
      'with only older events (a filter on background), they give the years',
      [item('1965-06-22'), item('2005-01-17')],
      '2024-12-31',
      null,
      [1965, 2005],
    ],
    [
      'a zoomed span names the events inside it',
      [item('2018-10-30'), item('2019-07-01'), item('2019-08-02'), item('2023-03-06')],
      '2024-12-31',
      span('2019-03-01', '2020-06-30'),
      [2019, 2019],
    ],
    [
      'a span with no event names its own years, up to the cursor',
      [item('2018-10-30')],
      '2021-05-01',
      span('2019-03-01', '2022-06-30'),
      [2019, 2021],
    ],
    ['no events at all: the cursor’s year', [], '2020-10-27', null, [2020, 2020]],
  ])('%s', (_, items, asOf, on, [from, to]) => {
    expect(headlineYears(items, meta, asOf, on)).toEqual({ from, to });
  });
});

describe('imageHeadline', () => {
  it('writes what the filters show and the years', () => {
    const dataset = makeDataset({ meta });
    const items = [item('2017-12-28'), item('2018-10-30'), item('2023-03-06')];
    expect(imageHeadline(emptyFilters, dataset, items, '2024-12-31', { graphics })).toBe(
      'The Japan–South Korea dispute, 2018–2023',
    );
  });

  it('the bundled data’s default card names 2018 on (the ruling’s year), not the margin’s 2017', () => {
    const doc = new DOMParser().parseFromString(bundledCard().svg, 'image/svg+xml');
    expect(doc.querySelector('text')?.textContent).toBe('The Japan–South Korea dispute, 2018–2026');
    const past = new DOMParser().parseFromString(
      bundledCard({ asOf: '2020-10-27' }).svg,
      'image/svg+xml',
    );
    expect(past.querySelector('text')?.textContent).toBe(
      'The Japan–South Korea dispute, 2018–2020',
    );
  });

  it('a zoomed span is the image’s domain as well as its headline’s', () => {
    const items = [item('2018-10-30'), item('2023-03-06')];
    const on = span('2019-03-01', '2020-06-30');
    expect(imageDomain(items, meta, on)).toEqual(on);
    expect(imageDomain(items, meta).start).toBeLessThan(dayNumber('2018-10-30'));
  });
});
