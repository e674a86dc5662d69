import { useEffect, useRef } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useMessages } from '../../i18n/context';
import { exports as enExports } from '../../i18n/en/exports';
import { TimelineCard } from './TimelineCard';
import type { WidthPreset } from './export-utils';

export interface StageRequest {
  format: 'png' | 'svg';
  preset: WidthPreset;
  title: string;
  subtitle: string;
  permalink: string;
  fileName: string;
}

/** Renders the card off screen at the preset size, turns it into a file, then unmounts. */
export function ExportStage({
  request,
  items,
  onDone,
}: {
  request: StageRequest;
  items: EventAsOf[];
  onDone: (message: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const done = useRef(onDone);
  const m = useMessages('exports', enExports);
  const words = useRef(m.bar);
  useEffect(() => {
    done.current = onDone;
    words.current = m.bar;
  });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const files = await import('./export-files');
        // let layout and the ResizeObserver settle before capturing
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const node = ref.current;
        if (!node || cancelled) return;
        if (request.format === 'png') {
          const url = await files.nodeToPng(node);
          if (cancelled) return;
          files.saveUrl(url, request.fileName);
        } else {
          const svg = await files.nodeToSvg(node);
          if (cancelled) return;
          files.download(svg, request.fileName, 'image/svg+xml;charset=utf-8');
        }
        done.current(words.current.downloaded(request.fileName));
      } catch (error) {
        done.current(words.current.imageFailed(String(error)));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [request]);
  return (
    <div className="export-stage" aria-hidden="true" inert>
      <TimelineCard
        ref={ref}
        title={request.title}
        subtitle={request.subtitle}
        permalink={request.permalink}
        items={items}
        width={request.preset.width}
        height={request.preset.height}
      />
    </div>
  );
}
