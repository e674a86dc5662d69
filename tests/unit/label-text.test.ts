import { describe, expect, it } from 'vitest';
import type { EventAsOf } from '../../src/derive/event-status';
import {
  estimateTextWidth,
  knownCount,
  laneGeometry,
  markerHalfSize,
  labelText,
  markLabel,
  nearestToCursor,
  statusWord,
} from '../../src/features/lanes/label-text';
import { clampDomain, panDomain, zoomDomain } from '../../src/features/lanes/time-domain';
import { timeline as enTimeline } from '../../src/i18n/en/timeline';
import { timeline as jaTimeline } from '../../src/i18n/ja/timeline';
import { asOfItem, makeEvent } from '../fixtures/make';

const words = enTimeline.statusWords;

const asOf = (over: Parameters<typeof makeEvent>[0], status: EventAsOf['status'] = 'occurred') =>
  asOfItem(makeEvent(over), status);

describe('estimateTextWidth', () => {
  it('grows with the text and the font size, and counts padding on both sides', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('', 12, 2)).toBe(4);
    expect(estimateTextWidth('WTO', 12)).toBeGreaterThan(estimateTextWidth('ill', 12));
    expect(estimateTextWidth('Takizaki', 24)).toBeCloseTo(2 * estimateTextWidth('Takizaki', 12));
  });

  it('counts Japanese and Korean characters a full em wide', () => {
    expect(estimateTextWidth('大法院', 12)).toBe(36);
    expect(estimateTextWidth('대법원', 12)).toBe(36);
  });

  it('makes a Japanese or Korean label about its character count times the font size', () => {
    // translated labels as the lanes show them, with the Japanese status word
    for (const label of ['輸出規制を強化', '大法院が賠償を命じる判決', '수출 규제 강화 발표']) {
      const chars = [...label].length;
      const width = estimateTextWidth(label, 12);
      expect(width).toBeLessThanOrEqual(chars * 12);
      expect(width).toBeGreaterThanOrEqual(chars * 12 * 0.75);
    }
    const withStatus = labelText({
      label: '日中韓首脳会議',
      status: jaTimeline.statusWords.planned,
      more: 2,
    });
    expect(withStatus).toBe('日中韓首脳会議 · 予定 +2');
    // 9 full-width characters, three spaces, a middle dot, a plus and a digit
    expect(estimateTextWidth(withStatus, 12)).toBeCloseTo(
      12 * (9 + 3 * 0.318 + 0.318 + 0.838 + 0.636),
    );
  });
});

describe('statusWord and labelText', () => {
  it.each<[EventAsOf['status'], string | null]>([
    ['occurred', null],
    ['planned', 'planned'],
    ['postponed', 'postponed'],
    ['cancelled', 'cancelled'],
    [null, 'not yet known'],
  ])('%s → %s', (status, word) => expect(statusWord(status, words)).toBe(word));

  it('takes its words from the page language', () => {
    expect(statusWord('postponed', jaTimeline.statusWords)).toBe('延期');
    expect(statusWord(null, jaTimeline.statusWords)).toBe('時点より後');
    expect(statusWord('occurred', jaTimeline.statusWords)).toBeNull();
  });

  it('writes the status and a cluster’s remaining count after the label', () => {
    expect(labelText({ label: 'Takizaki–Kim talks', status: 'planned', more: 0 })).toBe(
      'Takizaki–Kim talks · planned',
    );
    expect(labelText({ label: 'Supreme Court ruling', status: null, more: 9 })).toBe(
      'Supreme Court ruling +9',
    );
  });
});

describe('markLabel', () => {
  const ctx = { selected: null, nearest: null };
  const minor = asOf({ id: 'minor', label: 'Minor', significance: 1, date: '2018-10-01' });
  const landmark = asOf({ id: 'landmark', label: 'Landmark', significance: 3, date: '2018-10-30' });
  const cluster = {
    kind: 'cluster' as const,
    key: 'c',
    at: 0.5,
    from: '2018-10-01',
    to: '2018-10-30',
    items: [minor, landmark],
  };

  it('a cluster speaks for its most important event and counts the rest', () => {
    expect(markLabel(cluster, ctx, words)).toMatchObject({
      label: 'Landmark',
      more: 1,
      status: null,
    });
  });

  it('the selected event and the one nearest the cursor come first', () => {
    expect(markLabel(cluster, { selected: 'minor', nearest: null }, words).label).toBe('Minor');
    expect(markLabel(cluster, { selected: null, nearest: 'minor' }, words).label).toBe('Minor');
    const single = { kind: 'event' as const, key: 'minor', at: 0.1, item: minor };
    expect(markLabel(single, { selected: 'minor', nearest: null }, words).priority).toBeGreaterThan(
      markLabel(cluster, ctx, words).priority,
    );
  });

  it('a later (not yet known) event yields to a known one of the same significance', () => {
    const later = asOf({ id: 'later', label: 'Later', significance: 3 }, null);
    const known = { ...landmark };
    const c = { ...cluster, items: [later, known] };
    expect(markLabel(c, ctx, words).label).toBe('Landmark');
  });
});

describe('nearestToCursor', () => {
  it.each<[string, string | null]>([
    ['2020-10-27', 'talks'],
    ['2019-07-05', 'controls'],
    ['2018-01-01', 'ruling'],
  ])('on %s it is %s', (cursor, expected) => {
    const items = [
      asOf({ id: 'ruling', date: '2018-10-30' }),
      asOf({ id: 'controls', date: '2019-07-04' }),
      asOf({ id: 'talks', date: '2020-10-28' }, 'planned'),
      asOf({ id: 'later', date: '2020-10-27' }, null),
    ];
    expect(nearestToCursor(items, cursor)).toBe(expected);
  });

  it('is null with nothing known', () => {
    expect(nearestToCursor([], '2020-01-01')).toBeNull();
    expect(nearestToCursor([asOf({}, null)], '2020-01-01')).toBeNull();
  });
});

describe('knownCount', () => {
  it('counts the events of a cluster known on the cursor date', () => {
    expect(knownCount([asOf({}), asOf({}, null), asOf({}, 'planned'), asOf({}, null)])).toBe(2);
    expect(knownCount([])).toBe(0);
  });
});

describe('bounded zoom and pan', () => {
  const bounds = { start: 0, end: 1000 };
  it.each([
    ['stays inside', { start: 100, end: 200 }, { start: 100, end: 200 }],
    ['is moved back from the left', { start: -50, end: 50 }, { start: 0, end: 100 }],
    ['is moved back from the right', { start: 950, end: 1150 }, { start: 800, end: 1000 }],
    ['is never wider than the bounds', { start: -500, end: 2000 }, { start: 0, end: 1000 }],
  ])('a domain that %s', (_name, d, expected) => expect(clampDomain(d, bounds)).toEqual(expected));

  it('zooming out stops at the bounds and panning stops at their ends', () => {
    expect(zoomDomain({ start: 400, end: 600 }, 1 / 100, 0.5, bounds)).toEqual(bounds);
    expect(panDomain({ start: 800, end: 1000 }, 0.5, bounds)).toEqual({ start: 800, end: 1000 });
    expect(zoomDomain({ start: 400, end: 600 }, 1000, 0.5, bounds).end).toBeCloseTo(507);
  });
});

describe('marker sizes for labels', () => {
  const single = (significance: number) => ({
    kind: 'event' as const,
    key: 'e',
    at: 0.5,
    item: asOf({ significance }),
  });
  it.each<[number, number, number]>([
    [1, 6, 12],
    [2, 8, 13],
    [3, 11, 15],
  ])('significance %i: half %i px, or %i px on a touch screen', (significance, fine, touch) => {
    expect(markerHalfSize(single(significance))).toEqual({ rx: fine, ry: fine });
    expect(markerHalfSize(single(significance), true)).toEqual({ rx: touch, ry: touch });
  });
  it('touch lanes keep their label rows clear of the larger markers, inside the lane', () => {
    const g = laneGeometry(64, true);
    expect(g.markerY - g.markerHalf - g.gap - g.labelHeight).toBeGreaterThanOrEqual(0);
    expect(g.markerY + g.markerHalf + g.gap + g.labelHeight).toBeLessThanOrEqual(64);
  });
});
