import { usePlotArea } from 'recharts';

/** Room a tick label needs from the plot's edge before it is anchored there (as TimeAxis does). */
const EDGE_PX = 24;

/**
 * A tick of the activity chart's time axis, written like the lanes' (TimeAxis): a label near
 * either edge of the plot keeps inside it rather than being cut off.
 */
export function ActivityTick({
  x = 0,
  y = 0,
  payload,
  formatter,
  fontSize,
}: {
  x?: number;
  y?: number;
  payload?: { value: number };
  formatter: (day: number) => string;
  fontSize: number;
}) {
  const plot = usePlotArea();
  if (!payload) return null;
  const anchor =
    plot && x - plot.x < EDGE_PX
      ? 'start'
      : plot && plot.x + plot.width - x < EDGE_PX
        ? 'end'
        : 'middle';
  return (
    <text
      x={x}
      y={y}
      dy="0.71em"
      textAnchor={anchor}
      fontSize={fontSize}
      fill="var(--muted)"
      className="recharts-cartesian-axis-tick-value time-tick"
    >
      {formatter(payload.value)}
    </text>
  );
}
