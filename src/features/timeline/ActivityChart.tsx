import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
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
import { shownIssueIds } from '../../derive/filter';
import { useAsOf, useDataset, useDerivations, useViewFilters } from '../../store/hooks';
import { core as enCore } from '../../i18n/en/core';
import { chart as enChart } from '../../i18n/en/chart';
import { useMessages } from '../../i18n/context';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { LATER_SHADE, useMonthAxis } from '../common/month-axis';
import { activitySummary, monthsAfter, stackRows, type StackSeries } from './activity-bars';
import { brushRange, monthEnd } from './brush-range';
import { StackShape, StackTooltip, type StackRow } from './ActivityMarks';

// Recharts 3 keeps each child's settings in a store and re-dispatches them whenever a prop
// changes identity: every object handed to it is a constant or memoised, so a filter change
// redraws the bars and nothing else.
const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
// room for the last month's tick, centred on the right edge
const MARGIN_NARROW = { top: 8, right: 28, bottom: 0, left: 0 };

/** Events per month stacked by issue; its brush sets the date-range filter. Loaded after first paint. */
export default function ActivityChart() {
  const t = useMessages('chart', enChart).activity;
  const { format } = useMessages('core', enCore);
  const dataset = useDataset();
  const filters = useViewFilters();
  const setDateRange = useTracker((s) => s.setDateRange);
  const bars = useMemo<StackSeries[]>(() => {
    const shown = shownIssueIds(dataset.issues, filters.issues);
    return dataset.issues.flatMap((issue, i) =>
      shown.includes(issue.id) ? [{ id: issue.id, name: issue.name, color: issueColorVar(i) }] : [],
    );
  }, [dataset, filters.issues]);
  const counts = useDerivations().activity(filters);
  const rows = useMemo(() => stackRows(counts, bars), [counts, bars]);
  const months = useMemo(() => rows.map((r) => r.month), [rows]);
  const asOf = useAsOf();
  const after = monthsAfter(months, asOf);
  const laterFrom = after?.from;
  const laterTo = after?.to;
  const range = brushRange(months, filters.from, filters.to);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onBrush = useCallback(
    (r: { startIndex?: number; endIndex?: number }) => {
      if (r.startIndex === undefined || r.endIndex === undefined) return;
      const from = months[r.startIndex];
      const to = months[r.endIndex];
      if (!from || !to) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const whole = r.startIndex === 0 && r.endIndex === months.length - 1;
        setDateRange(whole ? null : `${from}-01`, whole ? null : monthEnd(to));
      }, 250);
    },
    [months, setDateRange],
  );
  return (
    <figure className="chart activity-chart">
      <figcaption id="activity-caption">{t.caption}</figcaption>
      <div className="chart-box" role="group" aria-labelledby="activity-caption activity-summary">
        <ActivityBars
          rows={rows}
          laterFrom={laterFrom}
          laterTo={laterTo}
          startIndex={range.startIndex}
          endIndex={range.endIndex}
          onBrush={onBrush}
        />
      </div>
      <p id="activity-summary" className="chart-summary">
        {activitySummary(counts.slice(range.startIndex, range.endIndex + 1), {
          none: t.none,
          summary: t.summary,
          month: format.month,
        })}
        {after && t.shaded(format.shortDate(asOf))}
      </p>
    </figure>
  );
}

/** The Recharts drawing, redrawn only when what it shows changes. */
const ActivityBars = memo(function ActivityBars({
  rows,
  laterFrom,
  laterTo,
  startIndex,
  endIndex,
  onBrush,
}: {
  rows: StackRow[];
  laterFrom: string | undefined;
  laterTo: string | undefined;
  startIndex: number;
  endIndex: number;
  onBrush: (r: { startIndex?: number; endIndex?: number }) => void;
}) {
  const { narrow, tick, xAxis } = useMonthAxis(24);
  const t = useMessages('chart', enChart).activity;
  const { format } = useMessages('core', enCore);
  // constant identities for Recharts (see above): they change only with the language
  const laterLabel = useMemo(
    () => ({
      value: t.later,
      position: 'insideTopLeft' as const,
      fill: 'var(--muted)',
      fontSize: 11,
    }),
    [t],
  );
  const tooltip = useMemo(() => <StackTooltip format={format} />, [format]);
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={rows} margin={narrow ? MARGIN_NARROW : MARGIN}>
        <XAxis {...xAxis} />
        <YAxis allowDecimals={false} width={narrow ? 32 : 28} tick={tick} stroke="var(--muted)" />
        <Tooltip content={tooltip} />
        <Bar dataKey="total" name={t.series} shape={StackShape} isAnimationActive={false} />
        {laterFrom && (
          <ReferenceArea x1={laterFrom} x2={laterTo} {...LATER_SHADE} label={laterLabel} />
        )}
        <Brush
          // A new span of months is a new brush. Recharts hands the brush its data from the
          // chart's store one commit after our props: for that commit a kept brush placed
          // the new end index on the old months' scale, and drew its handles at x="NaN".
          key={`${rows[0]?.month}:${rows.length}`}
          dataKey="month"
          height={22}
          stroke="var(--accent)"
          fill="var(--surface)"
          startIndex={startIndex}
          endIndex={endIndex}
          onChange={onBrush}
          travellerWidth={10}
        />
      </BarChart>
    </ResponsiveContainer>
  );
});
