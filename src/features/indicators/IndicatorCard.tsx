import { useMemo, useRef, useState } from 'react';
import {
  chartRows,
  describeChart,
  describeValueAsOf,
  valueAsOf,
  type IndicatorChart as Chart,
  type Landmark,
} from '../../derive/indicators';
import { useDataset } from '../../store/hooks';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { creditLine, exportFileName, permalink } from '../export/export-utils';
import { currentPermalinkBase } from '../export/public-url';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorLegend } from './IndicatorLegend';
import { IndicatorSources } from './IndicatorSources';
import { httpsHref, sourceLine } from './indicators-utils';

/** One small multiple: caption, chart, source line and permalink (what an image carries), then the words. */
export function IndicatorCard({
  chart,
  asOf,
  from,
  to,
  landmarks,
}: {
  chart: Chart;
  asOf: string;
  from: string;
  to: string;
  landmarks: Landmark[];
}) {
  const dataset = useDataset();
  const figure = useRef<HTMLElement>(null);
  const [message, setMessage] = useState('');
  const rows = useMemo(() => chartRows(chart, from, to), [chart, from, to]);
  const summary = useMemo(() => describeChart(chart), [chart]);
  const link = `${permalink(currentPermalinkBase(), viewStateOf(useTracker.getState()), window.location.search)}#indicators`;
  const captionId = `ind-${chart.id}-caption`;
  const summaryId = `ind-${chart.id}-summary`;

  const exportImage = async (format: 'png' | 'svg') => {
    const node = figure.current;
    if (!node) return;
    setMessage(`Preparing the ${format.toUpperCase()}…`);
    try {
      const files = await import('../export/export-files');
      const name = exportFileName(chart.title, asOf, format);
      if (format === 'png') files.saveUrl(await files.nodeToPng(node), name);
      else files.download(await files.nodeToSvg(node), name, 'image/svg+xml');
      setMessage(`Downloaded ${name}.`);
    } catch (error) {
      setMessage(`The image could not be made: ${String(error)}`);
    }
  };

  return (
    <article className="indicator-card" aria-labelledby={captionId}>
      <figure className="chart indicator-figure" ref={figure}>
        <figcaption id={captionId} className="indicator-title">
          {chart.title}
        </figcaption>
        <IndicatorLegend series={chart.series} />
        <div className="indicator-box" role="img" aria-labelledby={`${captionId} ${summaryId}`}>
          <IndicatorChart
            chart={chart}
            rows={rows}
            from={from}
            to={to}
            asOf={asOf}
            landmarks={landmarks}
          />
        </div>
        <p className="indicator-source-line">
          {sourceLine(chart.series)} {creditLine(dataset)}.{' '}
          <span className="permalink">{link}</span>
        </p>
      </figure>
      <ul className="indicator-values" aria-label={`${chart.title}, as of ${asOf}`}>
        {chart.series.map((series) => {
          const found = valueAsOf(series, asOf);
          const source = found.kind === 'value' ? series.sources[found.point.source] : undefined;
          const href = source ? httpsHref(source.url) : null;
          return (
            <li key={series.id}>
              {describeValueAsOf(series, asOf)}
              {source && href && (
                <>
                  {' '}
                  (source:{' '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {source.publisher}
                  </a>
                  )
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      <IndicatorSources series={chart.series} />
      <div className="indicator-actions">
        <button
          type="button"
          className="button"
          aria-label={`Download PNG of ${chart.title}`}
          onClick={() => void exportImage('png')}
        >
          Download PNG
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Download SVG of ${chart.title}`}
          onClick={() => void exportImage('svg')}
        >
          Download SVG
        </button>
        <span role="status" className="export-status">
          {message}
        </span>
      </div>
    </article>
  );
}
