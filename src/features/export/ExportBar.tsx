import { lazy, Suspense, useState } from 'react';
import {
  useAsOf,
  useDataset,
  useFilteredEvents,
  useViewFilters,
  useVisibleEvents,
} from '../../store/hooks';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import type { StageRequest } from './ExportStage';
import { exportFileName, imageSubtitle, permalink, widthPresets } from './export-utils';
import { currentPermalinkBase } from './public-url';

// loaded on first use, with the image library and the embed code
const ExportStage = lazy(() => import('./ExportStage').then((m) => ({ default: m.ExportStage })));
const EmbedDialog = lazy(() =>
  import('../embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })),
);

/** Image, data and embed exports of the timeline as it is filtered now. */
export function ExportBar() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const items = useVisibleEvents();
  const filtered = useFilteredEvents();
  const filters = useViewFilters();
  const [title, setTitle] = useState(dataset.meta.title);
  const [presetId, setPresetId] = useState('800');
  const [stage, setStage] = useState<StageRequest | null>(null);
  const [message, setMessage] = useState('');
  const [embedOpen, setEmbedOpen] = useState(0);
  const preset = widthPresets.find((p) => p.id === presetId) ?? widthPresets[1]!;
  const currentLink = () =>
    permalink(currentPermalinkBase(), viewStateOf(useTracker.getState()), window.location.search);
  const subtitle = imageSubtitle(
    filters,
    asOf,
    dataset,
    items.filter((i) => i.status !== null).length,
  );

  const exportImage = (format: 'png' | 'svg') => {
    setMessage(`Preparing the ${format.toUpperCase()}…`);
    setStage({
      format,
      preset,
      title,
      subtitle,
      permalink: currentLink(),
      fileName: exportFileName(title, asOf, format),
    });
  };
  const exportData = async (format: 'csv' | 'json') => {
    const files = await import('./export-files');
    const name = exportFileName(title, asOf, format);
    if (format === 'csv')
      files.download(files.eventsCsv(filtered, dataset), name, 'text/csv;charset=utf-8');
    else
      files.download(
        files.eventsJson(filtered, dataset, { permalink: currentLink(), filters: subtitle }),
        name,
        'application/json',
      );
    setMessage(`Downloaded ${name}.`);
  };

  return (
    <div className="export-bar" role="group" aria-labelledby="export-heading">
      <h3 id="export-heading">Export and share</h3>
      <label>
        Image title{' '}
        <input
          type="text"
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        Size{' '}
        <select value={presetId} onChange={(e) => setPresetId(e.target.value)}>
          {widthPresets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <div className="export-buttons">
        <button
          type="button"
          className="button"
          onClick={() => exportImage('png')}
          disabled={stage !== null}
        >
          Download PNG
        </button>
        <button
          type="button"
          className="button"
          onClick={() => exportImage('svg')}
          disabled={stage !== null}
        >
          Download SVG
        </button>
        <button type="button" className="button" onClick={() => void exportData('csv')}>
          Download CSV
        </button>
        <button type="button" className="button" onClick={() => void exportData('json')}>
          Download JSON
        </button>
        <a
          className="button"
          href={`${import.meta.env.BASE_URL}data/dataset.json`}
          download="jk-dispute-dataset.json"
        >
          Full dataset (JSON)
        </a>
        <button type="button" className="button" onClick={() => setEmbedOpen((n) => n + 1)}>
          Copy embed code
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="export-status" role="status">
        {message}
      </p>
      <Suspense fallback={null}>
        {embedOpen > 0 && <EmbedDialog key={embedOpen} title={title} permalink={currentLink()} />}
        {stage && (
          <ExportStage
            request={stage}
            items={items}
            onDone={(text) => {
              setStage(null);
              setMessage(text);
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
