import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useAsOf, useDataset, useNames, useViewFilters } from '../../store/hooks';
import { issueColorVar } from '../common/labels';
import { LaneView } from '../timeline/LaneView';
import { LANE_HEIGHT } from '../timeline/label-utils';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { exports as enExports } from '../../i18n/en/exports';
import { creditLine } from './export-utils';

/** Room a fixed-size card needs besides its lanes (title, legend, axis, footer), px. */
const CARD_CHROME_PX = 270;

/** Lanes short enough for `count` of them to fit a card `height` px tall (never below a marker's size). */
export function fittedLaneHeight(height: number | undefined, count: number): number {
  if (!height || count === 0) return LANE_HEIGHT;
  return Math.max(24, Math.min(LANE_HEIGHT, Math.floor((height - CARD_CHROME_PX) / count) - 1));
}

/**
 * The timeline with everything an image needs to travel on its own: title, filters in
 * words, legend, credit and source line, data date and permalink. Used for PNG/SVG export
 * and for the embed.
 */
export const TimelineCard = forwardRef<
  HTMLDivElement,
  {
    title: string;
    subtitle: string;
    permalink: string;
    items: EventAsOf[];
    interactive?: boolean;
    width?: number;
    height?: number;
  }
>(function TimelineCard(
  { title, subtitle, permalink, items, interactive = false, width, height },
  ref,
) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const issueFilter = useViewFilters().issues;
  const { lang } = useLang();
  const m = useMessages('exports', enExports);
  const core = useMessages('core', enCore);
  // the legend names exactly the lanes drawn
  const shown = new Set(issueFilter.length ? issueFilter : items.flatMap((i) => i.event.issues));
  const laneCount = dataset.issues.filter((i) => shown.has(i.id)).length;
  // A fixed-size card starts from an estimate of its lanes' height, then takes off what
  // still overflows once laid out (a legend that wraps to one more row, say).
  const own = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => own.current!, []);
  const [trim, setTrim] = useState(0);
  const laneHeight = Math.max(24, fittedLaneHeight(height, laneCount) - trim);
  useLayoutEffect(() => {
    const el = own.current;
    if (!height || !el || laneCount === 0) return;
    const over = el.scrollHeight - el.clientHeight;
    if (over > 0 && laneHeight > 24) setTrim((t) => t + Math.ceil(over / laneCount));
  }, [height, laneCount, laneHeight]);
  const anyLater = items.some((i) => i.status === null);
  return (
    <div
      className="timeline-card"
      ref={own}
      // the language travels with the image (an SVG keeps it), so that viewers choose the
      // Japanese or Korean forms of the characters
      lang={lang}
      style={{ width, height }}
      data-fixed={height ? '' : undefined}
      data-testid="timeline-card"
    >
      <header>
        <p className="card-title">{title}</p>
        <p className="card-subtitle">{subtitle}</p>
      </header>
      <ul className="legend" aria-label={m.card.legend}>
        {dataset.issues
          .filter((i) => shown.has(i.id))
          .map((i) => (
            <li
              key={i.id}
              style={{ ['--chip-color' as string]: issueColorVar(names.issueIndex.get(i.id) ?? 0) }}
            >
              <span className="chip-swatch" aria-hidden="true" /> {i.name}
            </li>
          ))}
        <li className="legend-planned">
          <span className="legend-mark planned" aria-hidden="true" /> {m.card.planned}
        </li>
        {anyLater && (
          <li>
            <span className="legend-mark later" aria-hidden="true" />{' '}
            {m.card.later(core.format.shortDate(asOf))}
          </li>
        )}
        <li>
          <span className="legend-mark grouped" aria-hidden="true">
            3
          </span>{' '}
          {m.card.grouped}
        </li>
      </ul>
      <LaneView items={items} interactive={interactive} laneHeight={laneHeight} />
      <footer className="card-footer">
        <p className="card-credit">{creditLine(dataset, { exports: m, core })}</p>
        <p className="card-sources">{m.card.sourcesNote}</p>
        <p className="card-permalink">{permalink}</p>
      </footer>
    </div>
  );
});
