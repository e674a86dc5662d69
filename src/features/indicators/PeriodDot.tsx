import type { ChartRow } from '../../derive/indicators';

/**
 * A figure's marker: a solid circle (a dashed line's dash pattern would break it), carrying
 * its period so that a reader of the markup, and the browser tests, can tell which it is.
 */
export function periodDot(color: string) {
  return function PeriodDot(p: { cx?: number; cy?: number; index?: number; payload?: ChartRow }) {
    if (p.cx === undefined || p.cy === undefined) return null;
    return (
      <circle
        key={p.index}
        className="recharts-dot recharts-line-dot"
        cx={p.cx}
        cy={p.cy}
        r={2.5}
        fill={color}
        stroke={color}
        data-period={p.payload?.period}
      />
    );
  };
}
