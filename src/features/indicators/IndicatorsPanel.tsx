import { useEffect, useMemo, useState } from 'react';
import { useLang, useMessages } from '../../i18n/context';
import { indicators as enIndicators } from '../../i18n/en/indicators';
import { loadIndicators, type IndicatorsLoad } from '../../model/load-indicators';
import { titledIn } from './indicator-words';
import { IndicatorsView } from './IndicatorsView';
import { Quoted } from './Quoted';

/** Fetches data/indicators.json once shown; a failure is a message, and the page goes on. */
export default function IndicatorsPanel() {
  const t = useMessages('indicators', enIndicators);
  const [load, setLoad] = useState<IndicatorsLoad | null>(null);
  const { translation } = useLang();
  // the series' titles in the page's language, where the translation gives them
  const indicators = useMemo(
    () => (load?.ok ? titledIn(load.indicators, translation?.indicators) : null),
    [load, translation],
  );
  useEffect(() => {
    let live = true;
    void loadIndicators(import.meta.env.BASE_URL).then((result) => {
      if (live) setLoad(result);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!load) return <p className="chart-placeholder">{t.loading}</p>;
  if (!load.ok)
    return (
      <p className="notice" role="alert">
        {/* the reason comes from the loader, in English */}
        <Quoted text={t.failed(load.message)} phrases={[load.message]} />
      </p>
    );
  return <IndicatorsView indicators={indicators ?? load.indicators} />;
}
