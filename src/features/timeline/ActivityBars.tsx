import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  Brush,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { core as enCore } from '../../i18n/en/core';
import { chart as enChart } from '../../i18n/en/chart';
import { useMessages } from '../../i18n/context';
import type { Domain, Tick } from '../lanes';
import type { DayRow } from './activity-axis';
import { useActivityWords } from './activity-messages';
import { ActivityTick } from './ActivityTick';
import { stackShape, StackTooltip, type StackRow } from './ActivityMarks';

// Recharts 3 keeps each child's settings in a store and re-dispatches them whenever a prop
// changes identity: every object handed to it is a constant or memoised, so a filter change
// redraws the bars and nothing else.
// No side margins: the plot area is exactly the lanes' track (the y axis sits in the gutter
// the stylesheet leaves left of it), so a month is at the same x in both.
const MARGIN = { top: 8, right: 0, bottom: 0, left: 0 };
const TICK = { fontSize: 11 };
// on a phone: larger text, so the axis stays legible at 320 px
const TICK_NARROW = { fontSize: 13 };
/** The y axis's width: the stylesheet's gutter before the chart (.activity-chart .chart-plot). */
const Y_AXIS_PX = 28;
const Y_AXIS_NARROW_PX = 32;

/** The Recharts drawing, redrawn only when what it shows changes. */
export const ActivityBars = memo(function ActivityBars({
  rows,
  domain,
  ticks,
  uncounted,
  laterFrom,
  startIndex,
  endIndex,
  onBrush,
  narrow,
}: {
  rows: DayRow<StackRow>[];
  /** the days shown: the lanes' span, or the months' own */
  domain: Domain;
  ticks: readonly Tick[];
  /** the stretch before the first counted month, marked as not counted */
  uncounted: Domain | null;
  /** the first day of the months after the cursor, shaded as not yet known */
  laterFrom: number | null;
  startIndex: number;
  endIndex: number;
  onBrush: (r: { startIndex?: number; endIndex?: number }) => void;
  narrow: boolean;
}) {
  const tick = narrow ? TICK_NARROW : TICK;
  const t = useMessages('chart', enChart).activity;
  const { format } = useMessages('core', enCore);
  const words = useActivityWords();
  // constant identities for Recharts (see above): they change only with what they hold
  const xDomain = useMemo(() => [domain.start, domain.end], [domain]);
  const tickDays = useMemo(() => ticks.map((k) => k.day), [ticks]);
  const tickLabel = useCallback(
    (day: number) => ticks.find((k) => k.day === day)?.label ?? '',
    [ticks],
  );
  const xTick = useMemo(
    () => <ActivityTick formatter={tickLabel} fontSize={tick.fontSize} />,
    [tickLabel, tick],
  );
  const laterLabel = useMemo(() => areaLabel(t.later), [t]);
  const uncountedLabel = useMemo(() => areaLabel(words.uncounted), [words]);
  const tooltip = useMemo(() => <StackTooltip format={format} />, [format]);
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={rows} margin={MARGIN}>
        <XAxis
          type="number"
          dataKey="at"
          domain={xDomain}
          allowDataOverflow
          ticks={tickDays}
          interval={0}
          tick={xTick}
          stroke="var(--muted)"
        />
        <YAxis
          allowDecimals={false}
          width={narrow ? Y_AXIS_NARROW_PX : Y_AXIS_PX}
          tick={tick}
          stroke="var(--muted)"
        />
        <Tooltip content={tooltip} />
        <Bar dataKey="total" name={t.series} shape={stackShape} isAnimationActive={false} />
        {uncounted && (
          <ReferenceArea
            x1={uncounted.start}
            x2={uncounted.end}
            ifOverflow="hidden"
            fill="var(--surface)"
            fillOpacity={0.7}
            stroke="var(--muted)"
            strokeDasharray="3 3"
            label={uncountedLabel}
          />
        )}
        {laterFrom !== null && laterFrom < domain.end && (
          // months after the cursor, shaded like the later events in the lanes
          <ReferenceArea
            x1={Math.max(laterFrom, domain.start)}
            x2={domain.end}
            ifOverflow="hidden"
            fill="var(--surface)"
            fillOpacity={0.7}
            zIndex={350}
            stroke="var(--muted)"
            strokeDasharray="3 3"
            label={laterLabel}
          />
        )}
        <Brush
          // A new span of months is a new brush. Recharts hands the brush its data from the
          // chart's store one commit after our props: for that commit a kept brush placed
          // the new end index on the old months' scale, and drew its handles at x="NaN".
          key={`${rows[0]?.month}:${rows.length}`}
          dataKey="month"
          height={22}
          stroke="var(--accent)"
          fill="var(--surface)"
          startIndex={startIndex}
          endIndex={endIndex}
          onChange={onBrush}
          travellerWidth={10}
        />
      </BarChart>
    </ResponsiveContainer>
  );
});

const areaLabel = (value: string) => ({
  value,
  position: 'insideTopLeft' as const,
  fill: 'var(--muted)',
  fontSize: 11,
});
