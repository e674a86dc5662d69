import type { LaneLabel } from './lanes-layout';
import type { Domain, Tick } from './time-domain';

/** Height of one row of callouts above the lanes, px (a label and a little air). */
export const CALLOUT_ROW_PX = 17;

/** Height of the band of callouts, px. */
export function calloutBandHeight(rows: number): number {
  return rows > 0 ? rows * CALLOUT_ROW_PX + 4 : 0;
}

/**
 * The landmarks that found no room beside their markers, named in rows above the lanes,
 * each with a thin leader line down to its marker; and light year gridlines so that dates
 * can be read off the lanes. Drawn under the markers.
 */
export function CalloutBand({
  callouts,
  rows,
  lanes,
  laneHeight,
  markerY,
  width,
  ticks,
  domain,
}: {
  callouts: readonly LaneLabel[];
  rows: number;
  lanes: number;
  laneHeight: number;
  markerY: number;
  width: number;
  ticks: readonly Tick[];
  domain: Domain;
}) {
  const band = calloutBandHeight(rows);
  // each lane row is its height plus a 1 px rule
  const laneTop = (lane: number) => band + lane * (laneHeight + 1);
  const height = laneTop(lanes);
  const rowTop = (row: number) => band - (row + 1) * CALLOUT_ROW_PX;
  return (
    <>
      <svg
        className="lanes-overlay"
        aria-hidden="true"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {ticks
          .filter((t) => t.major)
          .map((t) => {
            const x = ((t.day - domain.start) / (domain.end - domain.start)) * width;
            return <line key={t.day} className="gridline" x1={x} x2={x} y1={0} y2={height} />;
          })}
        {callouts.map(({ placed }) => (
          <polyline
            key={placed.key}
            className="leader"
            fill="none"
            points={`${placed.leaderX},${rowTop(placed.row!) + 15} ${placed.markerX},${band} ${placed.markerX},${laneTop(placed.lane) + markerY}`}
          />
        ))}
      </svg>
      <div className="callout-band" style={{ height: band }} aria-hidden="true">
        {callouts.map(({ placed, label }) => (
          <span
            key={placed.key}
            className="mark-label"
            data-placement="callout"
            data-anchor={placed.anchor}
            data-event={label.lead.event.id}
            style={{ left: placed.box.x, top: rowTop(placed.row!), width: placed.box.w }}
          >
            {label.label}
            {label.status && <span className="label-status"> · {label.status}</span>}
            {label.more > 0 && <span className="label-more"> +{label.more}</span>}
          </span>
        ))}
      </div>
    </>
  );
}
