import { lazy, Suspense } from 'react';
import { WhenVisible } from '../common/WhenVisible';

// Recharts, the series and their loading all come after first paint, when scrolled near.
const IndicatorsPanel = lazy(() => import('./IndicatorsPanel'));

/** "What the dispute did, in numbers": sourced series of opinion, travel and trade. */
export function IndicatorsSection() {
  return (
    <section className="indicators" id="indicators" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">Indicators</h2>
      <p className="chart-note">
        What the dispute did, in numbers: opinion polls, travel and trade, each figure as its source
        reports it, on the timeline’s time axis. Missing periods stay gaps; nothing is interpolated.
      </p>
      <WhenVisible
        minHeight={640}
        placeholder={<p className="chart-placeholder">Loading the indicators…</p>}
      >
        <Suspense fallback={<p className="chart-placeholder">Loading the indicators…</p>}>
          <IndicatorsPanel />
        </Suspense>
      </WhenVisible>
    </section>
  );
}
