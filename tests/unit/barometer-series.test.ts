import { describe, expect, it } from 'vitest';
import {
  barometerExtremes,
  barometerRows,
  barometerRowsKnownOn,
  barometerSeries,
  landmarksByMonth,
  pairingSensitivity,
  weighs,
  type BarometerPoint,
} from '../../src/derive/barometer-series';
import {
  describeBarometer,
  landmarkLines,
  describePairingSensitivity,
} from '../../src/features/barometer/barometer-summary';
import { panels } from '../../src/i18n/en/panels';
import { makeEvent } from '../fixtures/make';

// the English words, with months as the data writes them ('2019-07')
const sensitivityText = { ...panels.barometer.sensitivity, month: (m: string) => m };
const summaryText = { ...panels.barometer.summary, month: (m: string) => m };

describe('barometerSeries', () => {
  const events = [
    makeEvent({ date: '2019-01-05', goldstein: -8 }),
    makeEvent({ date: '2019-01-20', goldstein: 2 }),
    // February is empty
    makeEvent({ date: '2019-03-01', goldstein: 4 }),
    makeEvent({ date: '2019-04-30', goldstein: 1.5 }),
  ];

  it('is empty for no events and no range', () => {
    expect(barometerSeries([])).toEqual([]);
  });

  it('sums Goldstein weights per month, empty months included', () => {
    expect(barometerSeries(events, 1).map((p) => [p.month, p.sum, p.count])).toEqual([
      ['2019-01', -6, 2],
      ['2019-02', 0, 0],
      ['2019-03', 4, 1],
      ['2019-04', 1.5, 1],
    ]);
  });

  it('averages over the months available until the window is full, then over the window', () => {
    // window 2: -6/1, (-6+0)/2, (0+4)/2, (4+1.5)/2
    expect(barometerSeries(events, 2).map((p) => p.rolling)).toEqual([-6, -3, 2, 2.8]);
  });

  it('with window 1 the rolling mean is the month itself', () => {
    const points = barometerSeries(events, 1);
    expect(points.map((p) => p.rolling)).toEqual(points.map((p) => p.sum));
  });

  it('uses the given range, dropping events outside it and padding months with no events', () => {
    const points = barometerSeries(events, 3, { from: '2019-03-15', to: '2019-06-01' });
    expect(points.map((p) => [p.month, p.sum, p.rolling])).toEqual([
      ['2019-03', 4, 4],
      ['2019-04', 1.5, 2.8],
      ['2019-05', 0, 1.8],
      ['2019-06', 0, 0.5],
    ]);
  });

  it('gives an all-zero line for a range without events', () => {
    const points = barometerSeries([], 6, { from: '2020-01-01', to: '2020-02-01' });
    expect(points).toEqual([
      { month: '2020-01', sum: 0, count: 0, rolling: 0 },
      { month: '2020-02', sum: 0, count: 0, rolling: 0 },
    ]);
  });

  it('rounds sums and means to one decimal', () => {
    const [p] = barometerSeries(
      [
        makeEvent({ date: '2019-01-01', goldstein: 0.14 }),
        makeEvent({ date: '2019-01-02', goldstein: 0.02 }),
      ],
      6,
    );
    expect(p).toMatchObject({ sum: 0.2, rolling: 0.2 });
  });
});

describe('one weight per measure (pairing)', () => {
  // an announcement in July, its entry into force in August, a protest in August, a lifting
  // announced in March 2023 and in force the same month
  const events = [
    makeEvent({ id: 'announce', date: '2019-07-01', goldstein: -8 }),
    makeEvent({ id: 'in-force', date: '2019-08-28', goldstein: -8, pairedWith: 'announce' }),
    makeEvent({ id: 'protest', date: '2019-08-29', goldstein: -2 }),
    makeEvent({ id: 'lift', date: '2019-09-16', goldstein: 7 }),
    makeEvent({ id: 'lifted', date: '2019-09-23', goldstein: 7, pairedWith: 'lift' }),
  ];

  it('weighs an event unless it is paired and the rule applies', () => {
    expect(weighs(events[0]!)).toBe(true);
    expect(weighs(events[1]!)).toBe(false);
    expect(weighs(events[1]!, false)).toBe(true);
  });

  it('gives the paired event no weight and does not count it', () => {
    expect(barometerSeries(events, 1).map((p) => [p.month, p.sum, p.count])).toEqual([
      ['2019-07', -8, 1],
      ['2019-08', -2, 1],
      ['2019-09', 7, 1],
    ]);
  });

  it('weighs every event without the rule', () => {
    expect(
      barometerSeries(events, 1, undefined, { pairing: false }).map((p) => [p.month, p.sum]),
    ).toEqual([
      ['2019-07', -8],
      ['2019-08', -10],
      ['2019-09', 14],
    ]);
  });

  it('reports the extremes with and without the rule and the month it moves most', () => {
    const s = pairingSensitivity(events, 1);
    expect(s).toEqual({
      paired: 2,
      counted: { worst: { month: '2019-07', sum: -8 }, best: { month: '2019-09', sum: 7 } },
      every: { worst: { month: '2019-08', sum: -10 }, best: { month: '2019-09', sum: 14 } },
      largestChange: { month: '2019-08', counted: -2, every: -10 },
    });
    expect(describePairingSensitivity(s, sensitivityText)).toBe(
      'Each measure is weighed once, on its announcement or decision: 2 events that carry one out (an entry into force, a formal notification, the service of an order, a ruling becoming final) weigh 0. ' +
        'Counted this way, the most conflictual month is 2019-07 (-8) and the most cooperative 2019-09 (+7); weighing every event, they would be 2019-08 (-10) and 2019-09 (+14). ' +
        'The rule moves 2019-08 most: -10 weighing every event, -2 with it.',
    );
  });

  it('counts only paired events inside the range', () => {
    const s = pairingSensitivity(events, 1, { from: '2019-09-01', to: '2019-12-31' });
    expect(s.paired).toBe(1);
    expect(s.counted.worst).toEqual({ month: '2019-09', sum: 7 });
  });

  it('says so when nothing is paired, and when the extreme months stay the same', () => {
    const plain = [makeEvent({ date: '2019-07-01', goldstein: -8 })];
    expect(describePairingSensitivity(pairingSensitivity(plain, 1), sensitivityText)).toBe(
      'No event in this range carries out an earlier announcement, so every event is weighed.',
    );
    const same = [
      makeEvent({ id: 'a', date: '2019-07-01', goldstein: -8 }),
      makeEvent({ id: 'b', date: '2019-07-04', goldstein: -8, pairedWith: 'a' }),
      makeEvent({ date: '2019-08-01', goldstein: 4 }),
    ];
    const s = pairingSensitivity(same, 1);
    expect(describePairingSensitivity(s, sensitivityText)).toContain(
      '1 event that carries one out (an entry into force, a formal notification, the service of an order, a ruling becoming final) weighs 0.',
    );
    expect(describePairingSensitivity(s, sensitivityText)).toContain(
      'weighing every event would keep the same months, at 2019-07 (-16) and 2019-08 (+4).',
    );
  });

  it('has no extremes without weighed events', () => {
    expect(barometerExtremes([])).toEqual({ worst: null, best: null });
  });
});

describe('describeBarometer', () => {
  const point = (month: string, sum: number, count: number, rolling: number): BarometerPoint => ({
    month,
    sum,
    count,
    rolling,
  });

  it('says so when no month has events', () => {
    expect(describeBarometer([], summaryText)).toBe('No events in this range.');
    expect(describeBarometer([point('2019-01', 0, 0, 0)], summaryText)).toBe(
      'No events in this range.',
    );
  });

  it('names the most conflictual and most cooperative months and where the mean ends', () => {
    expect(
      describeBarometer(
        [
          point('2019-01', -6, 2, -6),
          point('2019-02', 0, 0, -3),
          point('2019-03', 4, 1, 2),
          point('2019-04', 1.5, 1, 2.8),
        ],
        summaryText,
      ),
    ).toBe(
      'Most conflictual month: 2019-01 (-6). Most cooperative month: 2019-03 (+4). The rolling mean ends cooperative at 2.8 in 2019-04.',
    );
  });

  it('speaks of one month when there is only one', () => {
    expect(describeBarometer([point('2019-07', -8, 1, -8)], summaryText)).toBe(
      'Most conflictual month: 2019-07 (-8). Most cooperative month: 2019-07 (-8). The month is conflictual at -8 in 2019-07.',
    );
  });

  it('never writes a plus sign before a negative or zero sum', () => {
    const text = describeBarometer(
      [point('2019-07', -8, 1, -8), point('2019-08', -2, 1, -5)],
      summaryText,
    );
    expect(text).toContain('Most cooperative month: 2019-08 (-2).');
    expect(text).not.toContain('+-');
    expect(describeBarometer([point('2019-07', 0, 1, 0)], summaryText)).toContain(
      '(0). The month is neutral at 0',
    );
  });
});

describe('landmarksByMonth', () => {
  it('keeps one entry per month, its events in date order, within the span', () => {
    const events = [
      makeEvent({ date: '2019-07-20', significance: 3, title: 'Later in July' }),
      makeEvent({ date: '2019-07-04', significance: 3, title: 'Early in July' }),
      makeEvent({ date: '2019-08-02', significance: 2, title: 'Not a landmark' }),
      makeEvent({ date: '2017-01-01', significance: 3, title: 'Before the span' }),
    ];
    expect(landmarksByMonth(events, '2018-01-01', '2019-12-31')).toEqual([
      {
        month: '2019-07',
        events: [
          { date: '2019-07-04', title: 'Early in July' },
          { date: '2019-07-20', title: 'Later in July' },
        ],
      },
    ]);
  });

  it('grows with the months, not the events: 3,000 landmarks over eight years are 96 marks', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      makeEvent({
        date: `${2018 + Math.floor((i % 96) / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
        significance: 3,
      }),
    );
    const landmarks = landmarksByMonth(events, '2018-01-01', '2025-12-31');
    expect(landmarks).toHaveLength(96);
    const points = barometerSeries(events, 6, { from: '2018-01-01', to: '2025-12-31' });
    const rows = barometerRows(points, landmarks, '2025-12');
    expect(rows).toHaveLength(96);
    expect(rows.reduce((n, r) => n + r.landmarks.length, 0)).toBe(3000);
  });
});

describe('barometerRows', () => {
  const point = (month: string, sum: number, count = 1): BarometerPoint => ({
    month,
    sum,
    count,
    rolling: sum,
  });

  it('splits each sum by its sign, so conflict and cooperation take their own colour', () => {
    const rows = barometerRows(
      [point('2019-07', -8), point('2019-08', 4), point('2019-09', 0, 0)],
      [],
      '2019-09',
    );
    expect(rows.map((r) => [r.conflict, r.cooperation, r.sum])).toEqual([
      [-8, null, -8],
      [null, 4, 4],
      [null, null, 0],
    ]);
  });

  it('draws the months after the data as gaps (null), never as zero', () => {
    const rows = barometerRows([point('2025-12', 2), point('2026-01', 1)], [], '2026-03');
    expect(rows.map((r) => r.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(rows.slice(2).map((r) => [r.sum, r.rolling, r.conflict, r.cooperation])).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  it('as it stood on a day: months after it empty, only the landmarks known by then named', () => {
    const known = [point('2019-07', -8), point('2019-08', -5)];
    const landmarks = [
      { month: '2019-08', events: [{ date: '2019-08-02', title: 'Cabinet approves removal' }] },
      { month: '2019-08', events: [{ date: '2019-08-28', title: 'Removal takes effect' }] },
      { month: '2023-03', events: [{ date: '2023-03-06', title: 'Seoul’s plan' }] },
    ];
    const rows = barometerRowsKnownOn(known, landmarks, '2023-03', '2019-08-15');
    expect(rows[0]!.month).toBe('2019-07');
    expect(rows[rows.length - 1]!.month).toBe('2023-03');
    expect(rows.flatMap((r) => r.landmarks)).toEqual(['Cabinet approves removal']);
    expect(rows.filter((r) => r.month > '2019-08').every((r) => r.sum === null)).toBe(true);
    expect(rows.filter((r) => r.month > '2019-08').every((r) => r.landmark === null)).toBe(true);
  });

  it('puts the landmark mark at its month’s sum and names its events', () => {
    const rows = barometerRows(
      [point('2019-07', -8), point('2019-08', 0, 0)],
      [{ month: '2019-07', events: [{ date: '2019-07-04', title: 'Controls take effect' }] }],
      '2019-08',
    );
    expect(rows.map((r) => [r.landmark, r.landmarks])).toEqual([
      [-8, ['Controls take effect']],
      [null, []],
    ]);
  });
});

describe('landmarkLines', () => {
  const text = { ...panels.barometer, month: (m: string) => m };
  const landmarks = [
    { month: '2019-07', events: [{ date: '2019-07-04', title: 'Controls take effect' }] },
    {
      month: '2019-08',
      events: [
        { date: '2019-08-02', title: 'White list removal decided' },
        { date: '2019-08-22', title: 'GSOMIA to end' },
      ],
    },
  ];

  it.each([
    ['before any landmark: nothing', '2019-07-03', [], 0],
    [
      'up to the cursor’s day, never one later in its month',
      '2019-08-10',
      ['2019-07: Controls take effect', '2019-08: White list removal decided'],
      2,
    ],
    [
      'every one after the last',
      '2020-01-01',
      ['2019-07: Controls take effect', '2019-08: White list removal decided / GSOMIA to end'],
      3,
    ],
  ])('%s', (_name, asOf, lines, count) => {
    expect(landmarkLines(landmarks, asOf, text)).toEqual({ lines, count });
  });

  it('stops a long list and says how many it leaves out', () => {
    expect(landmarkLines(landmarks, '2020-01-01', text, 1)).toEqual({
      lines: ['2019-07: Controls take effect', 'and 2 more'],
      count: 3,
    });
  });
});
