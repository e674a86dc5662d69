import { Suspense, useState } from 'react';
import { lazyOwn } from '../common/lazy-part';
import {
  useAsOf,
  useDataset,
  useFilteredEvents,
  useViewFilters,
  useVisibleEvents,
} from '../../store/hooks';
import { useTracker, viewStateOf } from '../../store/tracker-store';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import type { StageRequest } from './ExportStage';
import { exportFileName, imageSubtitle, permalink, widthPresets } from './export-utils';
import { FullDataset } from './FullDataset';
import { currentPermalinkBase } from './public-url';

// loaded on first use, with the image library and the embed code (each failing on its own)
const ExportStage = lazyOwn(() => import('./ExportStage').then((m) => m.ExportStage));
const EmbedDialog = lazyOwn(() => import('../embed/EmbedDialog').then((m) => m.EmbedDialog));

/** Image, data and embed exports of the timeline as it is filtered now. */
export function ExportBar() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const items = useVisibleEvents();
  const filtered = useFilteredEvents();
  const filters = useViewFilters();
  const { lang } = useLang();
  const m = useMessages('exports', enExports);
  const words = { exports: m, core: useMessages('core', enCore) };
  // the dataset's title (in the page's language, after a switch too) until the reader edits it
  const [ownTitle, setTitle] = useState<string | null>(null);
  const title = ownTitle ?? dataset.meta.title;
  const [presetId, setPresetId] = useState('800');
  const [stage, setStage] = useState<StageRequest | null>(null);
  const [message, setMessage] = useState('');
  const [embedOpen, setEmbedOpen] = useState(0);
  const preset = widthPresets.find((p) => p.id === presetId) ?? widthPresets[1]!;
  const currentLink = () =>
    permalink(
      currentPermalinkBase(),
      viewStateOf(useTracker.getState()),
      window.location.search,
      lang,
    );
  const subtitle = imageSubtitle(
    filters,
    asOf,
    dataset,
    items.filter((i) => i.status !== null).length,
    words,
  );

  const exportImage = (format: 'png' | 'svg') => {
    setMessage(m.bar.preparing(format.toUpperCase()));
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
      files.download(files.eventsCsv(filtered, dataset, words), name, 'text/csv;charset=utf-8');
    else
      files.download(
        files.eventsJson(filtered, dataset, { permalink: currentLink(), filters: subtitle }, lang),
        name,
        'application/json',
      );
    setMessage(m.bar.downloaded(name));
  };

  return (
    <div className="export-bar" role="group" aria-labelledby="export-heading">
      <h3 id="export-heading">{m.bar.heading}</h3>
      <label>
        {m.bar.imageTitle}{' '}
        <input
          type="text"
          name="image-title"
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        {m.bar.size}{' '}
        <select name="image-size" value={presetId} onChange={(e) => setPresetId(e.target.value)}>
          {widthPresets.map((p) => (
            <option key={p.id} value={p.id}>
              {m.bar.presets[p.id] ?? p.label}
            </option>
          ))}
        </select>
      </label>
      <div className="export-buttons">
        <button
          type="button"
          className="button"
          data-export="png"
          onClick={() => exportImage('png')}
          disabled={stage !== null}
        >
          {m.bar.downloadPng}
        </button>
        <button
          type="button"
          className="button"
          data-export="svg"
          onClick={() => exportImage('svg')}
          disabled={stage !== null}
        >
          {m.bar.downloadSvg}
        </button>
        <button type="button" className="button" onClick={() => void exportData('csv')}>
          {m.bar.downloadCsv}
        </button>
        <button type="button" className="button" onClick={() => void exportData('json')}>
          {m.bar.downloadJson}
        </button>
        <FullDataset label={m.bar.fullDataset} />
        <button type="button" className="button" onClick={() => setEmbedOpen((n) => n + 1)}>
          {m.bar.copyEmbed}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {m.bar.print}
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
