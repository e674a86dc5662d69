import { forwardRef } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useDataset, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { LaneView } from '../timeline/LaneView';
import { creditLine } from './export-utils';

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
  const issueFilter = useTracker((s) => s.filters.issues);
  // the legend names exactly the lanes drawn
  const shown = new Set(issueFilter.length ? issueFilter : items.flatMap((i) => i.event.issues));
  return (
    <div className="timeline-card" ref={ref} style={{ width, height }} data-testid="timeline-card">
      <header>
        <p className="card-title">{title}</p>
        <p className="card-subtitle">{subtitle}</p>
      </header>
      <ul className="legend" aria-label="Legend">
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
          <span className="legend-mark planned" aria-hidden="true" /> planned
        </li>
      </ul>
      <LaneView items={items} interactive={interactive} />
      <footer className="card-footer">
        <p className="card-credit">{creditLine(dataset)}</p>
        <p className="card-sources">Every event cites its sources at the permalink.</p>
        <p className="card-permalink">{permalink}</p>
      </footer>
    </div>
  );
});
