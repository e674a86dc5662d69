import { Suspense, useState } from 'react';
import { lazyOwn } from '../common/lazy-part';
import { useAsOf, useDataset, useViewFilters, useVisibleEvents } from '../../store/hooks';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import { graphics as enGraphics } from '../../i18n/en/graphics';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { imageSubtitle } from '../common/card-text';
import { currentPermalink } from '../common/permalink';
import { exportFileName } from './file-name';
import { widthPresets } from './image-sizes';
import { FullDataset } from './FullDataset';
import { ImageFrame, type FrameState } from './ImageFrame';
import { imageHeadline } from './image-card';
import { useScreenSpan } from './use-screen-span';
import { dateFromDayNumber } from '../../derive/dates';
import { eventsToldOn } from '../../derive/event-status';

// loaded on first use, with the embed code (failing on its own)
const EmbedDialog = lazyOwn(() => import('../embed/EmbedDialog').then((m) => m.EmbedDialog));

/** Image, data and embed exports of the timeline as it is filtered now. */
export function ExportBar() {
  const dataset = useDataset();
  const asOf = useAsOf();
  const items = useVisibleEvents();
  const filters = useViewFilters();
  const { lang } = useLang();
  const m = useMessages('exports', enExports);
  const words = {
    exports: m,
    core: useMessages('core', enCore),
    timeline: useMessages('timeline', enTimeline),
    graphics: useMessages('graphics', enGraphics),
  };
  const [frame, setFrame] = useState<FrameState>({
    headline: null,
    standfirst: '',
    presetId: '800',
    lanes: 'filtered',
    fullSpan: false,
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [embedOpen, setEmbedOpen] = useState(0);
  const preset = widthPresets.find((p) => p.id === frame.presetId) ?? widthPresets[1]!;
  const link = currentPermalink(lang);
  // zoomed or panned lanes: the image draws the span on screen unless the reader declines
  const screenSpan = useScreenSpan(items, dataset.meta);
  const span = frame.fullSpan ? null : screenSpan;
  const defaultHeadline = imageHeadline(filters, dataset, items, asOf, words, span);
  const headline = frame.headline ?? defaultHeadline;
  const subtitle = imageSubtitle(
    filters,
    asOf,
    dataset,
    items.filter((i) => i.status !== null).length,
    words,
  );

  const exportImage = async (format: 'png' | 'svg') => {
    setBusy(true);
    setMessage(m.bar.preparing(format.toUpperCase()));
    const name = exportFileName(headline, asOf, format, preset.id);
    try {
      const files = await import('./export-files');
      const svg = files.cardSvg(
        files.imageCardInput({
          dataset,
          items,
          filters,
          asOf,
          lang,
          permalink: link,
          choices: { ...frame, headline, preset, span },
          words,
        }),
      );
      if (format === 'svg') files.download(svg, name, 'image/svg+xml;charset=utf-8');
      else {
        const { width, height } = files.svgSize(svg);
        files.download(await files.svgToPng(svg, width, height), name, 'image/png');
      }
      setMessage(m.bar.downloaded(name));
    } catch (error) {
      setMessage(m.bar.imageFailed(String(error)));
    } finally {
      setBusy(false);
    }
  };
  const exportData = async (format: 'csv' | 'json') => {
    const files = await import('./export-files');
    const name = exportFileName(headline, asOf, format);
    // what the timeline tells: at a past cursor, the events known on that day as they were
    // told then (no later status, source, title or event)
    const told = eventsToldOn(items, asOf);
    if (format === 'csv')
      files.download(files.eventsCsv(told, dataset, words), name, 'text/csv;charset=utf-8');
    else
      files.download(
        files.eventsJson(told, dataset, { permalink: link, filters: subtitle, asOf }, lang),
        name,
        'application/json',
      );
    setMessage(m.bar.downloaded(name));
  };

  return (
    <div className="export-bar" role="group" aria-labelledby="export-heading">
      <h3 id="export-heading">{m.bar.heading}</h3>
      <ImageFrame
        frame={frame}
        defaultHeadline={defaultHeadline}
        source={words.graphics.frame.source(link)}
        onScreen={
          screenSpan &&
          words.graphics.frame.onScreen(
            words.core.format.shortDate(dateFromDayNumber(Math.ceil(screenSpan.start))),
            words.core.format.shortDate(dateFromDayNumber(Math.floor(screenSpan.end))),
          )
        }
        onChange={(next) => setFrame((f) => ({ ...f, ...next }))}
      />
      <div className="export-buttons">
        <button
          type="button"
          className="button"
          data-export="png"
          onClick={() => void exportImage('png')}
          disabled={busy}
        >
          {m.bar.downloadPng}
        </button>
        <button
          type="button"
          className="button"
          data-export="svg"
          onClick={() => void exportImage('svg')}
          disabled={busy}
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
        {embedOpen > 0 && <EmbedDialog key={embedOpen} title={headline} permalink={link} />}
      </Suspense>
    </div>
  );
}
