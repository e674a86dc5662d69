import { useState } from 'react';
import { core as enCore } from '../../i18n/en/core';
import { useMessages } from '../../i18n/context';
import type { Domain } from '../lanes';
import type { IssueRow } from './activity-axis';
import { useActivityWords } from './activity-messages';

/** Height of one issue's row of bars, in px. */
const ROW_PX = 28;

/**
 * The stacked bars taken apart, in a fold: one row per issue, named, on one scale and on
 * the chart's time axis, so that no bar has to be told by its colour. Drawn only while open.
 */
export function ActivityByIssue({
  rows,
  most,
  domain,
  laterFrom,
  aligned,
}: {
  rows: readonly IssueRow[];
  most: number;
  domain: Domain;
  laterFrom: number | null;
  /** beside the lanes: the bars' column is their track */
  aligned: boolean;
}) {
  const words = useActivityWords();
  const [open, setOpen] = useState(false);
  return (
    <details className="issue-rows" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{words.byIssue}</summary>
      {open && (
        <>
          <p className="chart-note">{words.byIssueScale(most)}</p>
          <ul data-aligned={aligned ? '' : undefined}>
            {rows.map((row) => (
              <IssueBars key={row.id} row={row} most={most} domain={domain} laterFrom={laterFrom} />
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function IssueBars({
  row,
  most,
  domain,
  laterFrom,
}: {
  row: IssueRow;
  most: number;
  domain: Domain;
  laterFrom: number | null;
}) {
  const { format } = useMessages('core', enCore);
  const span = domain.end - domain.start;
  const pct = (day: number) => ((day - domain.start) / span) * 100;
  return (
    <li>
      <span className="issue-row-name">
        <span className="chip-swatch" style={{ background: row.color }} aria-hidden="true" />
        {row.name} <span className="muted">{format.events(row.total)}</span>
      </span>
      {/* the name and count are the row's text; the bars repeat the chart above, by issue */}
      <svg className="issue-row-bars" aria-hidden="true" width="100%" height={ROW_PX}>
        {row.bars.map((b) => {
          const h = most ? Math.max(2, (ROW_PX - 2) * (b.n / most)) : 0;
          const w = pct(b.end) - pct(b.start);
          return (
            <rect
              key={b.month}
              x={`${pct(b.start) + w * 0.075}%`}
              width={`${w * 0.85}%`}
              y={ROW_PX - h}
              height={h}
              fill={row.color}
            />
          );
        })}
        {laterFrom !== null && laterFrom < domain.end && (
          // over the bars: months after the cursor shaded, as in the stacked chart
          <rect
            className="later-area"
            x={`${Math.max(0, pct(laterFrom))}%`}
            width={`${100 - Math.max(0, pct(laterFrom))}%`}
            height={ROW_PX}
          />
        )}
      </svg>
    </li>
  );
}
