import { useState } from 'react';
import type { ChapterText } from '../../derive/story';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import { graphics as enGraphics } from '../../i18n/en/graphics';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import type { Chapter } from '../../model/story-schema';
import { useDataset, useDerivations } from '../../store/hooks';
import { exportFileName } from '../export';
import { useStoryMessages } from './story-messages';

/**
 * Downloads the chapter's card (title, sentences, its issues' lanes over its span on its day,
 * credit and permalink) as an SVG drawing or that drawing as a PNG; its code loads on first use.
 */
export function ChapterImage({
  chapter,
  text,
  link,
}: {
  chapter: Chapter;
  text: ChapterText;
  link: string;
}) {
  const t = useStoryMessages();
  const dataset = useDataset();
  const derived = useDerivations();
  const { lang } = useLang();
  const words = {
    core: useMessages('core', enCore),
    exports: useMessages('exports', enExports),
    graphics: useMessages('graphics', enGraphics),
    timeline: useMessages('timeline', enTimeline),
  };
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const make = async (format: 'png' | 'svg') => {
    setState({ busy: true, error: null });
    try {
      const files = await import('../export/chapter-card');
      // the chapter's events as they stood on its day: nothing later is drawn
      const items = derived.visible(files.chapterFilters(chapter), chapter.date, 'hide');
      const svg = files.cardSvg(
        files.chapterCardInput({ dataset, items, chapter, text, lang, permalink: link, words }),
      );
      const name = exportFileName(text.title, chapter.date, format);
      if (format === 'svg') files.download(svg, name, 'image/svg+xml;charset=utf-8');
      else {
        const { width, height } = files.svgSize(svg);
        files.download(await files.svgToPng(svg, width, height), name, 'image/png');
      }
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void make('png')}
        disabled={state.busy}
      >
        {state.busy ? t.makingImage : t.image}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void make('svg')}
        disabled={state.busy}
      >
        {t.imageSvg}
      </button>
      {state.error && (
        <p role="alert" className="story-error">
          {t.imageFailed(state.error)}
        </p>
      )}
    </>
  );
}
