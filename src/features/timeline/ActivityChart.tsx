import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { shownIssueIds } from '../../derive/filter';
import { useAsOf, useDataset, useDerivations, useViewFilters } from '../../store/hooks';
import { core as enCore } from '../../i18n/en/core';
import { chart as enChart } from '../../i18n/en/chart';
import { useMessages } from '../../i18n/context';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { NARROW_SCREEN, useMediaQuery } from '../common/use-media-query';
import { axisTicks, pageAxis, type AxisChannel } from '../lanes';
import { activitySummary, monthAfterCursor, stackRows, type StackSeries } from './activity-bars';
import { brushRange, monthEnd } from './brush-range';
import {
  issueRows,
  monthDays,
  monthsDomain,
  monthsInView,
  onDayScale,
  uncountedBefore,
} from './activity-axis';
import { ActivityByIssue } from './ActivityByIssue';
import { ActivityBars } from './ActivityBars';
import { useActivityWords } from './activity-messages';
import { useSharedAxis } from './use-shared-axis';

/** Widths the ticks are spaced for when there are no lanes to take them from. */
const OWN_TICK_WIDTH = { narrow: 300, wide: 900 };

/**
 * Events per month stacked by issue; its brush sets the date-range filter. On a wide screen
 * it follows the lanes above (`axis`, the page's by default): their span, their ticks, their pixels. Loaded after
 * first paint.
 */
export default function ActivityChart({ axis = pageAxis }: { axis?: AxisChannel }) {
  const t = useMessages('chart', enChart).activity;
  const { format } = useMessages('core', enCore);
  const words = useActivityWords();
  const dataset = useDataset();
  const filters = useViewFilters();
  const setDateRange = useTracker((s) => s.setDateRange);
  // a phone has no lanes (hidden, their prerendered markup kept): there the chart spans its own months
  const narrow = useMediaQuery(NARROW_SCREEN);
  // deferred: a zoom paints the lanes first, and the chart follows right after (redrawn in
  // the same input it took the zoom past the 50 ms budget)
  const lanesAxis = useDeferredValue(useSharedAxis(axis));
  const shared = narrow ? null : lanesAxis;
  const bars = useMemo<StackSeries[]>(() => {
    const shown = shownIssueIds(dataset.issues, filters.issues);
    return dataset.issues.flatMap((issue, i) =>
      shown.includes(issue.id) ? [{ id: issue.id, name: issue.name, color: issueColorVar(i) }] : [],
    );
  }, [dataset, filters.issues]);
  const asOf = useAsOf();
  // later events hidden (the default): later months are left empty, shaded as not yet known
  const hideLater = useTracker((s) => s.future) === 'hide';
  const derived = useDerivations();
  const counts = derived.activity(filters, hideLater ? asOf : null);
  const rows = useMemo(() => onDayScale(stackRows(counts, bars)), [counts, bars]);
  const months = useMemo(() => rows.map((r) => r.month), [rows]);
  const own = useMemo(() => monthsDomain(months), [months]);
  const domain = shared?.domain ?? own;
  const ownTicks = useMemo(
    () => (own ? axisTicks(own, narrow ? OWN_TICK_WIDTH.narrow : OWN_TICK_WIDTH.wide, format) : []),
    [own, narrow, format],
  );
  const after = monthAfterCursor(asOf, derived.searchedThrough);
  const range = brushRange(months, filters.from, filters.to);
  const inView = domain && monthsInView(months, range, domain);
  const uncounted = useMemo(() => domain && uncountedBefore(months, domain), [months, domain]);
  const laterFrom = after ? monthDays(after).start : null;
  const byIssue = useMemo(() => issueRows(counts, bars, inView), [counts, bars, inView]);
  // the sentence tells only the months up to the cursor's: the later ones are shaded, unread
  const knownInView = inView
    ? counts.slice(inView.startIndex, inView.endIndex + 1).filter((r) => r.month <= asOf)
    : [];
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
      <div
        className="chart-box"
        role="group"
        aria-labelledby="activity-caption activity-summary"
        data-aligned={shared ? '' : undefined}
      >
        {domain && (
          <ActivityBars
            rows={rows}
            domain={domain}
            ticks={shared?.ticks ?? ownTicks}
            uncounted={uncounted}
            laterFrom={laterFrom}
            startIndex={range.startIndex}
            endIndex={range.endIndex}
            onBrush={onBrush}
            narrow={narrow}
          />
        )}
      </div>
      <p id="activity-summary" className="chart-summary">
        {activitySummary(knownInView, {
          none: counts.some((r) => r.total > 0) ? words.noneShown : t.none,
          summary: t.summary,
          month: format.month,
        })}
        {uncounted && months[0] && words.uncountedSummary(format.month(months[0]))}
        {domain && laterFrom !== null && laterFrom < domain.end && t.shaded(format.shortDate(asOf))}
      </p>
      {domain && (
        <ActivityByIssue
          rows={byIssue.rows}
          most={byIssue.most}
          domain={domain}
          laterFrom={laterFrom}
          aligned={!!shared}
        />
      )}
    </figure>
  );
}
