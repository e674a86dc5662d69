import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarometerRow } from '../../derive/barometer-series';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { LATER_SHADE, useMonthAxis } from '../common/month-axis';
import { BarometerTooltip, LandmarkDot } from './BarometerMarks';

const MARGIN = { top: 10, right: 12, bottom: 0, left: 8 };
// room for the last month's tick, centred on the right edge
const MARGIN_NARROW = { top: 10, right: 28, bottom: 0, left: 8 };

/**
 * Drawn after first paint (Recharts is heavy); the section around it carries the text
 * summary. Every series is one Recharts element whatever the number of events: the
 * landmarks are one line of dots, one per month, not one element each.
 */
export default function BarometerChart({
  rows,
  cursorMonth,
  gapFrom,
}: {
  rows: BarometerRow[];
  cursorMonth: string;
  /** the first month after the data ends, if the axis reaches past it */
  gapFrom: string | undefined;
}) {
  const { narrow, tick, xAxis } = useMonthAxis(28);
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).barometer;
  const lastMonth = rows[rows.length - 1]?.month;
  const laterFrom = rows.find((r) => r.month > cursorMonth)?.month;
  // the cursor's label sits inside the plot, on the side with more room
  const cursorIndex = rows.findIndex((r) => r.month >= cursorMonth);
  const cursorLabelSide =
    cursorIndex > rows.length / 2 ? ('insideTopRight' as const) : ('insideTopLeft' as const);
  const tooltip = useMemo(() => <BarometerTooltip format={core.format} t={t} />, [core, t]);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <ComposedChart data={rows} margin={narrow ? MARGIN_NARROW : MARGIN} barGap={0}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...xAxis} />
        <YAxis
          width={narrow ? 48 : 44}
          tick={tick}
          stroke="var(--muted)"
          label={{
            value: t.unit,
            angle: -90,
            position: 'insideLeft',
            offset: -2,
            fontSize: 11,
            fill: 'var(--muted)',
            style: { textAnchor: 'middle' },
          }}
        />
        <Tooltip content={tooltip} />
        <ReferenceLine y={0} stroke="var(--muted)" />
        <Bar
          dataKey="cooperation"
          name={t.cooperation}
          stackId="sum"
          fill="var(--cooperation)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="conflict"
          name={t.conflict}
          stackId="sum"
          fill="var(--conflict)"
          isAnimationActive={false}
        />
        <Line
          dataKey="rolling"
          name={t.rollingMean}
          stroke="var(--accent)"
          dot={false}
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Line
          dataKey="landmark"
          name={t.landmarks}
          stroke="none"
          dot={LandmarkDot}
          activeDot={false}
          legendType="circle"
          isAnimationActive={false}
        />
        {gapFrom && lastMonth && (
          // after the data ends: nothing recorded, so nothing drawn but the gap itself
          <ReferenceArea
            x1={gapFrom}
            x2={lastMonth}
            fill="var(--grid)"
            fillOpacity={0.6}
            stroke="var(--muted)"
            strokeDasharray="2 3"
            label={{ value: t.gap, position: 'center', fontSize: 11, fill: 'var(--text)' }}
          />
        )}
        {laterFrom && lastMonth && <ReferenceArea x1={laterFrom} x2={lastMonth} {...LATER_SHADE} />}
        <ReferenceLine
          x={cursorMonth}
          stroke="var(--cursor)"
          strokeWidth={2}
          label={{ value: t.cursor, position: cursorLabelSide, fontSize: 11, fill: 'var(--text)' }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
