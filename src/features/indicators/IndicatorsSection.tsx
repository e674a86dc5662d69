import { lazy, Suspense } from 'react';
import { useMessages } from '../../i18n/context';
import { indicators as enIndicators } from '../../i18n/en/indicators';
import { WhenVisible } from '../common/WhenVisible';

// Everything but the heading (Recharts, the series, even the introduction) comes after
// first paint, when scrolled near: the first-paint script budget has no room to spare.
const IndicatorsPanel = lazy(() => import('./IndicatorsPanel'));

/** "What the dispute did, in numbers": sourced series of opinion, travel and trade. */
export default function IndicatorsSection() {
  const t = useMessages('indicators', enIndicators);
  const loading = <p className="chart-placeholder">{t.loading}</p>;
  return (
    <section className="indicators" id="indicators" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t.heading}</h2>
      <WhenVisible minHeight={640} placeholder={loading}>
        <Suspense fallback={loading}>
          <IndicatorsPanel />
        </Suspense>
      </WhenVisible>
    </section>
  );
}
