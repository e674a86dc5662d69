import type { IndicatorSeries } from '../../model/indicators-schema';
import { disagreements, httpsHref } from './indicators-utils';

/** Each series' definition, caveats, disagreements and every source, folded away. */
export function IndicatorSources({ series }: { series: IndicatorSeries[] }) {
  const count = series.reduce((n, s) => n + s.sources.length, 0);
  return (
    <details className="indicator-sources">
      <summary>Definitions, caveats and sources ({count})</summary>
      {series.map((s) => {
        const disputed = disagreements(s);
        return (
          <div key={s.id}>
            <h4>{s.title}</h4>
            <p>{s.definition}</p>
            <p>
              <strong>Caveats:</strong> {s.caveats}
            </p>
            {disputed.length > 0 && (
              <>
                <p>
                  <strong>Where reports disagree:</strong>
                </p>
                <ul>
                  {disputed.map((d) => (
                    <li key={d}>{d}</li>
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
                    )}{' '}
                    — {src.publisher}, {src.published} ({src.kind})
                    {src.note && <span className="chart-note"> {src.note}</span>}
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
