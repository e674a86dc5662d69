import type { Catalogue } from '../../i18n/catalogue';
import { stackBoxes, type StackRow } from './activity-bars';

export type { StackRow };

/**
 * The stacked segments of one month's bar, drawn by one Recharts Bar: a tenth of the work
 * of one Bar per issue, which kept the main thread busy for over 50 ms on each filter change.
 */
export function StackShape(props: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: StackRow;
}) {
  const { x = 0, y = 0, width = 0, height = 0, payload } = props;
  if (!payload || payload.total === 0 || height <= 0) return null;
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
