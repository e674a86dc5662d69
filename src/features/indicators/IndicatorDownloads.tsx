import { useState } from 'react';
import { useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { indicators as enIndicators } from '../../i18n/en/indicators';
import type { Indicators } from '../../model/indicators-schema';

/** CSV (one row per figure, with its source) and JSON (the whole file) of every series. */
export function IndicatorDownloads({ indicators }: { indicators: Indicators }) {
  const core = useMessages('core', enCore);
  const t = useMessages('indicators', enIndicators);
  const [message, setMessage] = useState('');
  const save = async (format: 'csv' | 'json') => {
    const [files, csv] = await Promise.all([
      import('../export/export-files'),
      format === 'csv' ? import('./indicator-files') : null,
    ]);
    const name = `jk-dispute-indicators.${format}`;
    if (csv) files.download(csv.indicatorsCsv(indicators), name, 'text/csv;charset=utf-8');
    else files.download(`${JSON.stringify(indicators, null, 2)}\n`, name, 'application/json');
    setMessage(t.card.downloaded(name));
  };
  return (
    <div className="indicator-downloads" role="group" aria-labelledby="indicator-downloads-heading">
      <h3 id="indicator-downloads-heading">{t.downloads.heading}</h3>
      <button type="button" className="button" onClick={() => void save('csv')}>
        {t.downloads.csv}
      </button>
      <button type="button" className="button" onClick={() => void save('json')}>
        {t.downloads.json}
      </button>
      <a href={`${import.meta.env.BASE_URL}data/indicators.schema.json`}>{core.page.jsonSchema}</a>
      <span role="status" className="export-status">
        {message}
      </span>
    </div>
  );
}
