import { useMemo } from 'react';
import type { Indicators } from '../../model/indicators-schema';
import { groupNames, indicatorCharts, indicatorLandmarks } from '../../derive/indicators';
import { formatShortDate } from '../../derive/dates';
import { useAsOf, useDataset, useDerivations } from '../../store/hooks';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorDownloads } from './IndicatorDownloads';

const GROUPS = ['opinion', 'travel', 'trade'] as const;

/** Small multiples of every series on the timeline's span, with the values as of the cursor in words. */
export function IndicatorsView({ indicators }: { indicators: Indicators }) {
  const dataset = useDataset();
  const asOf = useAsOf();
  const from = useDerivations().seriesFrom;
  const to = dataset.meta.lastUpdated;
  const charts = useMemo(() => indicatorCharts(indicators), [indicators]);
  const landmarks = useMemo(() => indicatorLandmarks(dataset), [dataset]);
  return (
    <div className="indicators-body">
      <p className="chart-note">
        What the dispute did, in numbers: opinion polls, travel and trade, each figure as its source
        reports it, on the timeline’s time axis. Missing periods stay gaps; nothing is interpolated.
      </p>
      <p className="chart-note">
        Values as of {formatShortDate(asOf)}: the figure for the year or month that contains that
        day; where there is none, the sentence says so. Charts run from {formatShortDate(from)} to{' '}
        {formatShortDate(to)}; the cursor is the solid line, dotted lines mark{' '}
        {landmarks.length
          ? landmarks.map((l) => `${l.label} (${formatShortDate(l.date)})`).join(', ')
          : 'no landmark events'}
        , and “break” marks a point that does not continue the series before it.
      </p>
      {GROUPS.map((group) => {
        const inGroup = charts.filter((c) => c.group === group);
        if (!inGroup.length) return null;
        return (
          <div key={group} className="indicator-group">
            <h3>{groupNames[group]}</h3>
            <div className="indicator-grid">
              {inGroup.map((chart) => (
                <IndicatorCard
                  key={chart.id}
                  chart={chart}
                  asOf={asOf}
                  from={from}
                  to={to}
                  landmarks={landmarks}
                />
              ))}
            </div>
          </div>
        );
      })}
      <IndicatorDownloads indicators={indicators} />
    </div>
  );
}
