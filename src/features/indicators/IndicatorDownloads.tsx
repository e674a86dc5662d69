import { useState } from 'react';
import type { Indicators } from '../../model/indicators-schema';

/** CSV (one row per figure, with its source) and JSON (the whole file) of every series. */
export function IndicatorDownloads({ indicators }: { indicators: Indicators }) {
  const [message, setMessage] = useState('');
  const save = async (format: 'csv' | 'json') => {
    const [files, csv] = await Promise.all([
      import('../export/export-files'),
      format === 'csv' ? import('./indicator-files') : null,
    ]);
    const name = `jk-dispute-indicators.${format}`;
    if (csv) files.download(csv.indicatorsCsv(indicators), name, 'text/csv;charset=utf-8');
    else files.download(`${JSON.stringify(indicators, null, 2)}\n`, name, 'application/json');
    setMessage(`Downloaded ${name}.`);
  };
  return (
    <div className="indicator-downloads" role="group" aria-labelledby="indicator-downloads-heading">
      <h3 id="indicator-downloads-heading">Download the indicators</h3>
      <button type="button" className="button" onClick={() => void save('csv')}>
        Download indicators CSV
      </button>
      <button type="button" className="button" onClick={() => void save('json')}>
        Download indicators JSON
      </button>
      <a href={`${import.meta.env.BASE_URL}data/indicators.schema.json`}>JSON Schema</a>
      <span role="status" className="export-status">
        {message}
      </span>
    </div>
  );
}
