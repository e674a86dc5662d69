import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarometerPoint } from '../../derive/barometer-series';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { useMediaQuery } from '../common/use-media-query';

const TICK = { fontSize: 11 };
// on a phone: larger text and fewer ticks, so the axis stays legible at 320 px
const TICK_NARROW = { fontSize: 13 };
const MARGIN = { top: 10, right: 12, bottom: 0, left: 0 };
// room for the last month's tick and the cursor's label, centred on the right edge
const MARGIN_NARROW = { top: 14, right: 28, bottom: 0, left: 0 };

/** Drawn after first paint (Recharts is heavy); the section around it carries the text summary. */
export default function BarometerChart({
  points,
  notable,
  cursorMonth,
}: {
  points: BarometerPoint[];
  notable: { month: string; title: string }[];
  cursorMonth: string;
}) {
  const byMonth = new Map(points.map((p) => [p.month, p]));
  const narrow = useMediaQuery('(max-width: 699px)');
  const tick = narrow ? TICK_NARROW : TICK;
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).barometer;
  // '2019-07' on the axis: 'Jul 2019', 2019年7月, 2019년 7월
  const monthTick = (month: string) =>
    core.format.monthYearTick(+month.slice(5, 7), +month.slice(0, 4));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <ComposedChart data={points} margin={narrow ? MARGIN_NARROW : MARGIN}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={monthTick}
          tick={tick}
          minTickGap={narrow ? 48 : 28}
          stroke="var(--muted)"
        />
        <YAxis width={narrow ? 40 : 36} tick={tick} stroke="var(--muted)" />
        <Tooltip
          contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }}
          labelFormatter={(month) =>
            typeof month === 'string' && /^\d{4}-\d{2}$/.test(month)
              ? core.format.month(month)
              : String(month ?? '')
          }
        />
        <ReferenceLine y={0} stroke="var(--muted)" />
        <Bar dataKey="sum" name={t.monthlySum} fill="var(--bar)" isAnimationActive={false} />
        <Line
          dataKey="rolling"
          name={t.rollingMean}
          stroke="var(--accent)"
          dot={false}
          strokeWidth={2}
          isAnimationActive={false}
        />
        {notable.map((n) => (
          <ReferenceDot
            key={`${n.month}-${n.title}`}
            x={n.month}
            y={byMonth.get(n.month)?.sum ?? 0}
            r={3}
            fill="var(--text)"
            stroke="none"
          />
        ))}
        <ReferenceLine
          x={cursorMonth}
          stroke="var(--cursor)"
          strokeWidth={2}
          label={{ value: t.cursor, position: 'top', fontSize: 11, fill: 'var(--text)' }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
