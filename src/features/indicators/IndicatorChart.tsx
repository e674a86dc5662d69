import { useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import {
  breaksOf,
  dateToTime,
  segmentCount,
  roundTicks,
  rowsThrough,
  segmentKey,
  yearTicks,
  type ChartRow,
  type IndicatorChart as Chart,
  type Landmark,
} from '../../derive/indicators';
import { useIndicatorMessages } from './indicator-words';
import { periodDot } from './PeriodDot';
import { seriesColor, seriesDash } from './series-style';

// Module constants: Recharts 3 re-dispatches to its store when a prop's identity changes.
const MARGIN = { top: 16, right: 14, bottom: 0, left: 4 };
const TICK = { fontSize: 11 };

/**
 * One small multiple; rows come computed (see chartRows): null values break the lines. Only
 * the figures known on the cursor date are drawn (rowsThrough); the axes keep the whole span
 * and scale, so the chart does not jump as the cursor moves.
 */
export function IndicatorChart({
  chart,
  rows,
  from,
  to,
  asOf,
  landmarks,
}: {
  chart: Chart;
  rows: ChartRow[];
  from: string;
  to: string;
  asOf: string;
  landmarks: Landmark[];
}) {
  const { core, t } = useIndicatorMessages();
  // memoised for the same reason as the module constants above: one identity per language
  const labels = useMemo(
    () => ({
      cursor: { value: t.chart.asOf, position: 'top', fontSize: 11, fill: 'var(--text)' } as const,
      break: {
        value: t.chart.break,
        position: 'insideTopLeft',
        fontSize: 10,
        fill: 'var(--text)',
      } as const,
      year: (time: number) => core.format.year(new Date(time).getUTCFullYear()),
      value: (v: number) => t.chart.axisNumber(v),
    }),
    [core, t],
  );
  const domain = useMemo(() => [dateToTime(from), dateToTime(to)] as [number, number], [from, to]);
  const ticks = useMemo(() => yearTicks(from, to), [from, to]);
  const lines = useMemo(
    () =>
      chart.series.flatMap((series, i) =>
        Array.from({ length: segmentCount(series) }, (_, n) => ({
          key: segmentKey(series.id, n),
          name: series.title,
          color: seriesColor(i),
          dash: seriesDash(i),
          dot: periodDot(seriesColor(i)),
        })),
      ),
    [chart],
  );
  const drawn = useMemo(
    () => rowsThrough(rows, asOf, chart.frequency),
    [rows, asOf, chart.frequency],
  );
  // a break after the cursor would tell of a later figure (landmarks come cut by the view)
  const lastPeriod = drawn[drawn.length - 1]?.period ?? '';
  const breaks = useMemo(
    () =>
      [...new Set(chart.series.flatMap(breaksOf))]
        .filter((p) => p <= lastPeriod)
        .map((p) => dateToTime(`${p.slice(0, 4)}-01-01`)),
    [chart, lastPeriod],
  );
  const valueTicks = useMemo(() => {
    const values: number[] = [];
    for (const row of rows)
      for (const l of lines) {
        const v = row[l.key];
        if (typeof v === 'number') values.push(v);
      }
    return roundTicks(values);
  }, [rows, lines]);
  const valueDomain = useMemo(
    () => [valueTicks[0] ?? 0, valueTicks[valueTicks.length - 1] ?? 1] as [number, number],
    [valueTicks],
  );
  const cursor = dateToTime(asOf);
  return (
    <ResponsiveContainer width="100%" height={190}>
      <LineChart data={drawn} margin={MARGIN}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={labels.year}
          allowDataOverflow
          tick={TICK}
          stroke="var(--muted)"
        />
        <YAxis
          width={44}
          tick={TICK}
          ticks={valueTicks}
          domain={valueDomain}
          tickFormatter={labels.value}
          stroke="var(--muted)"
        />
        {landmarks.map((l) => (
          <ReferenceLine
            key={l.id}
            x={dateToTime(l.date)}
            stroke="var(--muted)"
            strokeDasharray="1 3"
          />
        ))}
        {breaks.map((t) => (
          <ReferenceLine
            key={t}
            x={t}
            stroke="var(--text)"
            strokeDasharray="5 2"
            label={labels.break}
          />
        ))}
        {lines.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.name}
            stroke={l.color}
            strokeDasharray={l.dash}
            strokeWidth={2}
            dot={l.dot}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {cursor >= domain[0] && cursor <= domain[1] && (
          <ReferenceLine x={cursor} stroke="var(--cursor)" strokeWidth={2} label={labels.cursor} />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
