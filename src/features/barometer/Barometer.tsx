import { lazy, Suspense, useMemo } from 'react';
import { describeBarometer, describePairingSensitivity } from '../../derive/series';
import { useAsOf, useDataset, useDerivations } from '../../store/hooks';
import { WhenVisible } from '../common/WhenVisible';

const BarometerChart = lazy(() => import('./BarometerChart'));

/** Conflict–cooperation line of the Goldstein weights per month, with its summary in words. */
export function Barometer() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const derived = useDerivations();
  const points = derived.barometer();
  const from = derived.seriesFrom;
  const sensitivity = describePairingSensitivity(derived.pairingSensitivity());
  const notable = useMemo(
    () =>
      dataset.events
        .filter((e) => e.significance === 3 && e.date >= from)
        .map((e) => ({ month: e.date.slice(0, 7), title: e.title })),
    [dataset, from],
  );
  const upToCursor = useMemo(
    () => points.filter((p) => p.month <= asOf.slice(0, 7)),
    [points, asOf],
  );
  return (
    <section className="barometer" aria-labelledby="barometer-heading">
      <h2 id="barometer-heading">Relations barometer</h2>
      <figure className="chart">
        <figcaption id="barometer-caption">
          Sum of Goldstein weights of each month’s events (−10 conflict … +10 cooperation) and their
          six-month rolling mean, since {from.slice(0, 4)}, each measure weighed once. Weights from{' '}
          {dataset.meta.goldsteinTable}.
        </figcaption>
        <div
          className="chart-box barometer-box"
          role="img"
          aria-labelledby="barometer-caption barometer-summary"
        >
          <WhenVisible
            minHeight={220}
            placeholder={<p className="chart-placeholder">Loading the chart…</p>}
          >
            <Suspense fallback={<p className="chart-placeholder">Loading the chart…</p>}>
              <BarometerChart points={points} notable={notable} cursorMonth={asOf.slice(0, 7)} />
            </Suspense>
          </WhenVisible>
        </div>
        <p id="barometer-summary" className="chart-summary">
          Up to the cursor: {describeBarometer(upToCursor)}
        </p>
        <p className="chart-note">
          <strong>How the coding matters</strong> (whole curve): {sensitivity} The coding rules are
          in the dataset’s README.
        </p>
      </figure>
    </section>
  );
}
