import type { ReactNode } from 'react';
import { seriesThrough } from '../../derive/indicators';
import type { IndicatorSeries } from '../../model/indicators-schema';
import { disagreements, httpsHref, useIndicatorMessages } from './indicator-words';
import { useDataLang, useTitleLang } from './Quoted';

/**
 * Each series' definition, caveats, disagreements and every source, folded away. The texts
 * were written when the file was compiled, after the latest report it cites (`writtenAfter`):
 * at an earlier cursor each series' part is folded once more under a summary that says so,
 * as they may tell of later figures ("only 2019 found; none for November 2021").
 */
export function IndicatorSources({
  series,
  asOf,
  writtenAfter,
}: {
  series: IndicatorSeries[];
  asOf: string;
  writtenAfter: string;
}) {
  const { core, t } = useIndicatorMessages();
  const titleLang = useTitleLang();
  const count = series.reduce((n, s) => n + s.sources.length, 0);
  return (
    <details className="indicator-sources">
      <summary>{t.sources.summary(count)}</summary>
      {series.map((s) => {
        const later = asOf < writtenAfter || seriesThrough(s, asOf).points.length < s.points.length;
        return (
          <div key={s.id}>
            <h4 lang={titleLang}>{s.title}</h4>
            {later ? (
              <LaterFold summary={t.sources.later(core.format.shortDate(asOf))}>
                <SeriesSources series={s} />
              </LaterFold>
            ) : (
              <SeriesSources series={s} />
            )}
          </div>
        );
      })}
    </details>
  );
}

/** A series' part that tells of later figures, folded under a summary that says so. */
function LaterFold({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="written-later">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** One series' definition, caveats, disagreements and sources. */
function SeriesSources({ series: s }: { series: IndicatorSeries }) {
  const { core, t, words } = useIndicatorMessages();
  // the series' own texts are the data's, in English
  const dataLang = useDataLang();
  const disputed = disagreements(s, words, t);
  return (
    <>
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
    </>
  );
}
