import type { IndicatorSeries } from '../../model/indicators-schema';
import { disagreements, httpsHref, useIndicatorMessages } from './indicator-words';
import { useDataLang, useTitleLang } from './Quoted';

/** Each series' definition, caveats, disagreements and every source, folded away. */
export function IndicatorSources({ series }: { series: IndicatorSeries[] }) {
  const { core, t, words } = useIndicatorMessages();
  // the series' own texts are the data's, in English
  const dataLang = useDataLang();
  const titleLang = useTitleLang();
  const count = series.reduce((n, s) => n + s.sources.length, 0);
  return (
    <details className="indicator-sources">
      <summary>{t.sources.summary(count)}</summary>
      {series.map((s) => {
        const disputed = disagreements(s, words, t);
        return (
          <div key={s.id}>
            <h4 lang={titleLang}>{s.title}</h4>
            <p lang={dataLang}>{s.definition}</p>
            <p>
              <strong>{t.sources.caveats}</strong> <span lang={dataLang}>{s.caveats}</span>
            </p>
            {disputed.length > 0 && (
              <>
                <p>
                  <strong>{t.sources.disagree}</strong>
                </p>
                <ul>
                  {disputed.map((d) => (
                    <li key={`${d.text} ${d.note}`}>
                      {d.text} <span lang={dataLang}>{d.note}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <ol className="indicator-source-list">
              {s.sources.map((src, i) => {
                const href = httpsHref(src.url);
                return (
                  <li key={i}>
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {src.title}
                      </a>
                    ) : (
                      src.title
                    )}
                    {t.sources.details(
                      src.publisher,
                      core.format.date(src.published, 'day'),
                      t.sources.kinds[src.kind] ?? src.kind,
                    )}
                    {src.note && (
                      <span className="chart-note" lang={dataLang}>
                        {' '}
                        {src.note}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </details>
  );
}
