import { lazy, Suspense, useMemo } from 'react';
import { barometerRows, barometerRowsKnownOn } from '../../derive/barometer-series';
import { barometerDerivationsOf } from '../../derive/dataset-barometer';
import { useAsOf, useDataset, useDerivations } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { WhenVisible } from '../common/WhenVisible';
import { BarometerKey } from './BarometerKey';
import { describeBarometer, landmarkLines, describePairingSensitivity } from './barometer-summary';

const BarometerChart = lazy(() => import('./BarometerChart'));

/** Conflict–cooperation line of the Goldstein weights per month, with its summary in words. */
export function Barometer() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const derived = useDerivations();
  const baro = useMemo(() => barometerDerivationsOf(dataset), [dataset]);
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).barometer;
  const points = baro.barometer();
  const landmarks = baro.landmarks();
  const from = derived.seriesFrom;
  const through = derived.searchedThrough;
  const sensitivity = describePairingSensitivity(baro.pairingSensitivity(asOf), {
    ...t.sensitivity,
    month: core.format.month,
  });
  // the axis runs to the data's date (or a later cursor); months after the last searched
  // day are drawn as a gap
  const lastMonth = (asOf > dataset.meta.lastUpdated ? asOf : dataset.meta.lastUpdated).slice(0, 7);
  const known = baro.barometerAsOf(asOf);
  // later events hidden (the default): nothing after the cursor is drawn, only shaded
  const hideLater = useTracker((s) => s.future) === 'hide';
  const rows = useMemo(
    () =>
      hideLater
        ? barometerRowsKnownOn(known, landmarks, lastMonth, asOf)
        : barometerRows(points, landmarks, lastMonth),
    [hideLater, known, points, landmarks, lastMonth, asOf],
  );
  const named = landmarkLines(landmarks, asOf, { ...t, month: core.format.month });
  const lastPoint = points[points.length - 1]?.month;
  const gapFrom = rows.find((r) => lastPoint !== undefined && r.month > lastPoint)?.month;
  return (
    <section className="barometer" aria-labelledby="barometer-heading">
      <h2 id="barometer-heading">{t.heading}</h2>
      <figure className="chart">
        <figcaption id="barometer-caption">
          {t.caption(core.format.year(+from.slice(0, 4)), dataset.meta.goldsteinTable)}
        </figcaption>
        <div
          className="chart-box barometer-box"
          role="group"
          aria-labelledby="barometer-caption barometer-summary"
        >
          <WhenVisible
            minHeight={240}
            placeholder={<p className="chart-placeholder">{t.loadingChart}</p>}
          >
            <Suspense fallback={<p className="chart-placeholder">{t.loadingChart}</p>}>
              <BarometerChart rows={rows} cursorMonth={asOf.slice(0, 7)} gapFrom={gapFrom} />
            </Suspense>
          </WhenVisible>
        </div>
        <BarometerKey />
        <p id="barometer-summary" className="chart-summary">
          {t.upToCursor(describeBarometer(known, { ...t.summary, month: core.format.month }))}
          {asOf >= through && t.gapSummary(core.format.shortDate(through))}
        </p>
        {named.count > 0 && (
          <details className="chart-details">
            <summary>{t.landmarkHeading(named.count)}</summary>
            <ul>
              {named.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        )}
        <p className="chart-note">
          <strong>{t.codingHeading}</strong>
          {t.codingNote(sensitivity)}
        </p>
      </figure>
    </section>
  );
}
