import { useMemo, useState } from 'react';
import {
  chartFrom,
  chartRows,
  describeChart,
  type IndicatorChart as Chart,
  type Landmark,
} from '../../derive/indicators';
import { readChart } from '../../derive/indicator-reading';
import { useLang } from '../../i18n/context';
import { useDataset } from '../../store/hooks';
import { creditLine } from '../common/card-text';
import { currentPermalink } from '../common/permalink';
import { exportFileName } from '../export';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorLegend } from './IndicatorLegend';
import { IndicatorSources } from './IndicatorSources';
import { sourceLine, useIndicatorMessages } from './indicator-words';
import { IndicatorValues } from './IndicatorValues';
import { useReadingWords } from './reading-messages';
import { Quoted, useTitleLang } from './Quoted';

/** One small multiple: caption, chart, source line and permalink (what an image carries), then the words. */
export function IndicatorCard({
  chart,
  asOf,
  from,
  to,
  landmarks,
  writtenAfter,
}: {
  chart: Chart;
  asOf: string;
  from: string;
  to: string;
  landmarks: Landmark[];
  /** the latest report the indicators file cites: its texts were written after it */
  writtenAfter: string;
}) {
  const { core, t, words } = useIndicatorMessages();
  const { lang } = useLang();
  const dataset = useDataset();
  const [message, setMessage] = useState('');
  // each chart on its series' full span, which may start before the timeline's
  const start = chartFrom(chart, from);
  const rows = useMemo(() => chartRows(chart, start, to), [chart, start, to]);
  // the summary, like the chart, tells only the figures known on the cursor date
  const summary = useMemo(() => describeChart(chart, words, asOf), [chart, words, asOf]);
  const reading = useReadingWords();
  // the chart read in a sentence per series, from the figures known on the cursor date
  const readingText = useMemo(
    () => readChart(chart.series, asOf, core.format.shortDate(asOf), words, reading),
    [chart, asOf, core, words, reading],
  );
  // the titles are English phrases in a translated sentence unless the translation gives them
  const titleLang = useTitleLang();
  const titles = useMemo(
    () => (titleLang ? chart.series.map((s) => s.title) : []),
    [chart, titleLang],
  );
  const link = `${currentPermalink()}#indicators`;
  const captionId = `ind-${chart.id}-caption`;
  const summaryId = `ind-${chart.id}-summary`;
  const readingId = `ind-${chart.id}-reading`;

  const exportImage = async (format: 'png' | 'svg') => {
    setMessage(t.card.preparing(format.toUpperCase()));
    try {
      // drawn as SVG from the chart's own numbers (the page's chart is Recharts' HTML and SVG)
      const files = await import('../export/indicator-image');
      const svg = files.indicatorSvg(
        files.indicatorImageInput({
          chart,
          asOf,
          from: start,
          to,
          landmarks,
          lang,
          core,
          t,
          reading: readingText,
          source: `${sourceLine(chart.series, t)} ${creditLine(dataset)}. ${link}`,
        }),
      );
      // a file name in Latin letters: the chart's English name, or its id on a translated page
      const name = exportFileName(lang === 'en' ? chart.title : chart.id, asOf, format);
      if (format === 'svg') files.download(svg, name, 'image/svg+xml;charset=utf-8');
      else {
        const { width, height } = files.svgSize(svg);
        files.download(await files.svgToPng(svg, width, height), name, 'image/png');
      }
      setMessage(t.card.downloaded(name));
    } catch (error) {
      setMessage(t.card.imageFailed(String(error)));
    }
  };

  return (
    <article className="indicator-card" aria-labelledby={captionId}>
      <figure className="chart indicator-figure">
        <figcaption id={captionId} className="indicator-title">
          {chart.title}
        </figcaption>
        <IndicatorLegend series={chart.series} />
        <div className="indicator-box" role="img" aria-labelledby={`${captionId} ${readingId}`}>
          <IndicatorChart
            chart={chart}
            rows={rows}
            from={start}
            to={to}
            asOf={asOf}
            landmarks={landmarks}
          />
        </div>
        <p className="indicator-source-line">
          {sourceLine(chart.series, t)} {creditLine(dataset)}.{' '}
          <span className="permalink">{link}</span>
        </p>
      </figure>
      <div className="indicator-text">
        <p id={readingId} className="indicator-reading">
          <Quoted text={readingText} phrases={titles} />
        </p>
        <details className="indicator-details">
          <summary>{reading.details(core.format.shortDate(asOf))}</summary>
          <IndicatorValues chart={chart} asOf={asOf} titleLang={!!titleLang} />
          <p id={summaryId} className="chart-summary">
            <Quoted text={summary} phrases={titles} />
          </p>
        </details>
        <IndicatorSources series={chart.series} asOf={asOf} writtenAfter={writtenAfter} />
        <div className="indicator-actions">
          {(['png', 'svg'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="button"
              aria-label={t.card.downloadImageOf(kind.toUpperCase(), chart.title)}
              onClick={() => void exportImage(kind)}
            >
              {t.card.downloadImage(kind.toUpperCase())}
            </button>
          ))}
          <span role="status" className="export-status">
            {message}
          </span>
        </div>
      </div>
    </article>
  );
}
