import { useXAxisScale } from 'recharts';
import type { Catalogue } from '../../i18n/catalogue';
import { stackBoxes, type StackRow } from './activity-bars';
import type { DayRow } from './activity-axis';

export type { StackRow };

interface ShapeProps {
  y?: number;
  height?: number;
  payload?: DayRow<StackRow>;
}

/** Recharts calls a shape function directly: an element lets the bar read the axis's scale. */
export const stackShape = (props: ShapeProps) => <StackShape {...props} />;

/**
 * The stacked segments of one month's bar, drawn by one Recharts Bar: a tenth of the work
 * of one Bar per issue, which kept the main thread busy for over 50 ms on each filter change.
 * The bar spans its month's days on the axis's day scale (the lanes' scale), not the band
 * Recharts would give it, so a month is as wide here as in the lanes above.
 */
function StackShape({ y = 0, height = 0, payload }: ShapeProps) {
  const scale = useXAxisScale();
  if (!scale || !payload || payload.total === 0 || height <= 0) return null;
  const left = scale(payload.start);
  const right = scale(payload.end);
  if (left === undefined || right === undefined) return null;
  // a hairline between neighbouring months, none when a month is only a few pixels wide
  const gap = Math.min(2, (right - left) * 0.15);
  const x = left + gap / 2;
  const width = Math.max(0.5, right - left - gap);
  return (
    <g>
      {stackBoxes(payload.segments, y, height).map((box, i) => {
        const seg = payload.segments[i]!;
        return (
          <rect key={seg.name} x={x} y={box.y} width={width} height={box.h} fill={seg.color} />
        );
      })}
    </g>
  );
}

/** The tooltip of a month's bar; Recharts clones it with `active` and `payload`. */
export function StackTooltip({
  active,
  payload,
  format,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  format: Pick<Catalogue['core']['format'], 'month' | 'events' | 'number'>;
}) {
  const row = payload?.[0]?.payload as StackRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{format.month(row.month)}</strong>: {format.events(row.total)}
      <ul>
        {[...row.segments].reverse().map((seg) => (
          <li key={seg.name}>
            <span className="chip-swatch" style={{ background: seg.color }} aria-hidden="true" />{' '}
            {seg.name}: {format.number(seg.n)}
          </li>
        ))}
      </ul>
    </div>
  );
}
