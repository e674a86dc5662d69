import { lazy, Suspense, useMemo } from 'react';
import { describeBarometer, describePairingSensitivity } from './barometer-summary';
import { useAsOf, useDataset, useDerivations } from '../../store/hooks';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { panels as enPanels } from '../../i18n/en/panels';
import { WhenVisible } from '../common/WhenVisible';

const BarometerChart = lazy(() => import('./BarometerChart'));

/** Conflict–cooperation line of the Goldstein weights per month, with its summary in words. */
export function Barometer() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const derived = useDerivations();
  const core = useMessages('core', enCore);
  const t = useMessages('panels', enPanels).barometer;
  const points = derived.barometer();
  const from = derived.seriesFrom;
  const sensitivity = describePairingSensitivity(derived.pairingSensitivity(), {
    ...t.sensitivity,
    month: core.format.month,
  });
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
      <h2 id="barometer-heading">{t.heading}</h2>
      <figure className="chart">
        <figcaption id="barometer-caption">
          {t.caption(core.format.year(+from.slice(0, 4)), dataset.meta.goldsteinTable)}
        </figcaption>
        <div
          className="chart-box barometer-box"
          role="img"
          aria-labelledby="barometer-caption barometer-summary"
        >
          <WhenVisible
            minHeight={220}
            placeholder={<p className="chart-placeholder">{t.loadingChart}</p>}
          >
            <Suspense fallback={<p className="chart-placeholder">{t.loadingChart}</p>}>
              <BarometerChart points={points} notable={notable} cursorMonth={asOf.slice(0, 7)} />
            </Suspense>
          </WhenVisible>
        </div>
        <p id="barometer-summary" className="chart-summary">
          {t.upToCursor(describeBarometer(upToCursor, { ...t.summary, month: core.format.month }))}
        </p>
        <p className="chart-note">
          <strong>{t.codingHeading}</strong>
          {t.codingNote(sensitivity)}
        </p>
      </figure>
    </section>
  );
}
