import { useEffect, useMemo, useRef } from 'react';
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
import { activityCounts } from '../../derive/activity';
import { shownIssueIds } from '../../derive/filter';
import { useAsOf, useDataset } from '../../store/hooks';
import { formatShortDate } from '../../derive/dates';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { activitySummary, brushRange, monthEnd, monthsAfter } from './activity-utils';

/** Events per month stacked by issue; its brush sets the date-range filter. Loaded after first paint. */
export default function ActivityChart() {
  const dataset = useDataset();
  const filters = useTracker((s) => s.filters);
  const setDateRange = useTracker((s) => s.setDateRange);
  const issueIds = useMemo(
    () => shownIssueIds(dataset.issues, filters.issues),
    [dataset, filters.issues],
  );
  const counts = useMemo(() => activityCounts(dataset, filters), [dataset, filters]);
  const rows = useMemo(() => counts.map((r) => ({ month: r.month, ...r.byIssue })), [counts]);
  const asOf = useAsOf();
  const later = monthsAfter(
    rows.map((r) => r.month),
    asOf,
  );
  const range = brushRange(
    rows.map((r) => r.month),
    filters.from,
    filters.to,
  );
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onBrush = (r: { startIndex?: number; endIndex?: number }) => {
    if (r.startIndex === undefined || r.endIndex === undefined) return;
    const from = rows[r.startIndex]?.month;
    const to = rows[r.endIndex]?.month;
    if (!from || !to) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const whole = r.startIndex === 0 && r.endIndex === rows.length - 1;
      setDateRange(whole ? null : `${from}-01`, whole ? null : monthEnd(to));
    }, 250);
  };
  return (
    <figure className="chart activity-chart">
      <figcaption id="activity-caption">
        Events per month, by issue. Drag the handles below the bars to set the date range.
      </figcaption>
      <div className="chart-box" role="group" aria-labelledby="activity-caption activity-summary">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <XAxis dataKey="month" tick={{ fontSize: 11 }} minTickGap={24} stroke="var(--muted)" />
            <YAxis allowDecimals={false} width={28} tick={{ fontSize: 11 }} stroke="var(--muted)" />
            <Tooltip contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }} />
            {dataset.issues
              .filter((issue) => issueIds.includes(issue.id))
              .map((issue) => (
                <Bar
                  key={issue.id}
                  dataKey={issue.id}
                  name={issue.name}
                  stackId="a"
                  fill={issueColorVar(dataset.issues.indexOf(issue))}
                  isAnimationActive={false}
                />
              ))}
            {later && (
              // months after the cursor, shaded like the later events in the lanes
              <ReferenceArea
                x1={later.from}
                x2={later.to}
                fill="var(--surface)"
                fillOpacity={0.7}
                zIndex={350}
                stroke="var(--muted)"
                strokeDasharray="3 3"
                label={{
                  value: 'later',
                  position: 'insideTopLeft',
                  fill: 'var(--muted)',
                  fontSize: 11,
                }}
              />
            )}
            <Brush
              dataKey="month"
              height={22}
              stroke="var(--accent)"
              fill="var(--surface)"
              startIndex={range.startIndex}
              endIndex={range.endIndex}
              onChange={onBrush}
              travellerWidth={10}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p id="activity-summary" className="chart-summary">
        {activitySummary(counts.slice(range.startIndex, range.endIndex + 1))}
        {later && ` Months after ${formatShortDate(asOf)} are shaded: not yet known on that date.`}
      </p>
    </figure>
  );
}
