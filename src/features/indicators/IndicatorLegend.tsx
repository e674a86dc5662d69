import type { IndicatorSeries } from '../../model/indicators-schema';
import { useMessages } from '../../i18n/context';
import { indicators as enIndicators } from '../../i18n/en/indicators';
import { useTitleLang } from './Quoted';
import { seriesColor, seriesDash } from './series-style';

/** The chart's key as HTML, so it reads in images and to screen readers alike. */
export function IndicatorLegend({ series }: { series: IndicatorSeries[] }) {
  const t = useMessages('indicators', enIndicators);
  const dataLang = useTitleLang();
  return (
    <ul className="indicator-legend" aria-label={t.legend}>
      {series.map((s, i) => (
        <li key={s.id}>
          <svg width="26" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="25"
              y2="5"
              stroke={seriesColor(i)}
              strokeWidth="2.5"
              strokeDasharray={seriesDash(i)}
            />
          </svg>{' '}
          <span lang={dataLang}>{s.title}</span>
        </li>
      ))}
    </ul>
  );
}
