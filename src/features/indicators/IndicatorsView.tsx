import { useMemo } from 'react';
import type { Indicators } from '../../model/indicators-schema';
import { indicatorCharts, indicatorLandmarks, latestSourceDate } from '../../derive/indicators';
import { useAsOf, useDataset, useDerivations } from '../../store/hooks';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorDownloads } from './IndicatorDownloads';
import { useIndicatorMessages } from './indicator-words';

const GROUPS = ['opinion', 'travel', 'trade'] as const;

/** Small multiples of every series on the timeline's span, with the values as of the cursor in words. */
export function IndicatorsView({ indicators }: { indicators: Indicators }) {
  const { core, t, words } = useIndicatorMessages();
  const dataset = useDataset();
  const asOf = useAsOf();
  const from = useDerivations().seriesFrom;
  const to = dataset.meta.lastUpdated;
  const charts = useMemo(() => indicatorCharts(indicators, words), [indicators, words]);
  const writtenAfter = useMemo(() => latestSourceDate(indicators), [indicators]);
  const all = useMemo(() => indicatorLandmarks(dataset), [dataset]);
  // a landmark after the cursor would name a later event
  const landmarks = useMemo(() => all.filter((l) => l.date <= asOf), [all, asOf]);
  return (
    <div className="indicators-body">
      <p className="chart-note">
        {t.intro}
        {t.dataInEnglish && ` ${t.dataInEnglish}`}
      </p>
      <p className="chart-note">
        {t.howToRead({
          asOf: core.format.shortDate(asOf),
          from: core.format.shortDate(from),
          to: core.format.shortDate(to),
          landmarks: landmarks.map((l) => t.landmark(l.label, core.format.shortDate(l.date))),
        })}
      </p>
      {GROUPS.map((group) => {
        const inGroup = charts.filter((c) => c.group === group);
        if (!inGroup.length) return null;
        return (
          <div key={group} className="indicator-group">
            <h3>{t.groups[group]}</h3>
            <div className="indicator-grid">
              {inGroup.map((chart) => (
                <IndicatorCard
                  key={chart.id}
                  chart={chart}
                  asOf={asOf}
                  from={from}
                  to={to}
                  landmarks={landmarks}
                  writtenAfter={writtenAfter}
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
