import { describeValueAsOf, valueAsOf, type IndicatorChart } from '../../derive/indicators';
import { httpsHref, useIndicatorMessages } from './indicator-words';
import { Quoted } from './Quoted';

/** Each series' figure as of the cursor, in words, with the source of that figure. */
export function IndicatorValues({
  chart,
  asOf,
  titleLang,
}: {
  chart: IndicatorChart;
  asOf: string;
  /** the series' titles are English phrases on this page (see Quoted) */
  titleLang: boolean;
}) {
  const { core, t, words } = useIndicatorMessages();
  return (
    <ul
      className="indicator-values"
      aria-label={t.card.valuesLabel(chart.title, asOf, core.format.shortDate(asOf))}
    >
      {chart.series.map((series) => {
        const found = valueAsOf(series, asOf);
        const source = found.kind === 'value' ? series.sources[found.point.source] : undefined;
        const href = source ? httpsHref(source.url) : null;
        const brk = found.kind === 'value' ? found.point.break : undefined;
        return (
          <li key={series.id}>
            <Quoted
              text={describeValueAsOf(series, asOf, words)}
              phrases={[...(titleLang ? [series.title] : []), ...(brk ? [brk] : [])]}
            />
            {source && href && (
              <>
                {t.card.sourceBefore}
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source.publisher}
                </a>
                {t.card.sourceAfter}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
