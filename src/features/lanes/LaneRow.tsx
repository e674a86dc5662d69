import type { KeyboardEvent, MouseEvent } from 'react';
import { issueColorVar } from '../common/labels';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { EventMarker } from './EventMarker';
import type { LaneLabel } from './lanes-layout';
import type { LaneItem } from './time-domain';

/** One issue's lane: its name, its markers and the labels placed for them. */
export function LaneRow({
  index,
  name,
  colorIndex,
  count,
  marks,
  labels,
  asOf,
  selected,
  interactive,
  isTabStop,
  onOpen,
  onKeyDown,
  onFocus,
}: {
  index: number;
  name: string;
  colorIndex: number;
  count: number;
  marks: readonly LaneItem[];
  labels: readonly LaneLabel[];
  asOf: string;
  selected: string | null;
  interactive: boolean;
  isTabStop: (lane: number, key: string) => boolean;
  onOpen: (item: LaneItem, el: HTMLElement) => void;
  onKeyDown: (lane: number, index: number) => (e: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: (lane: number, key: string) => void;
}) {
  const t = useMessages('timeline', enTimeline);
  // a label opens what its marker opens, and focus returns to the marker afterwards
  const openFromLabel = (mark: LaneItem) => (e: MouseEvent<HTMLElement>) => {
    const marker = e.currentTarget.parentElement?.querySelector<HTMLElement>(
      `[data-key="${CSS.escape(mark.key)}"]`,
    );
    if (marker) onOpen(mark, marker);
  };
  return (
    <div
      className="lane"
      data-lane={index}
      role="group"
      aria-label={t.lanes.lane(name, count)}
      style={{ ['--lane-color' as string]: issueColorVar(colorIndex) }}
    >
      <div className="lane-label" aria-hidden="true">
        <span className="chip-swatch" /> {name}
      </div>
      <div className="lane-track">
        {marks.map((mark, mi) => (
          <EventMarker
            key={mark.key}
            item={mark}
            asOf={asOf}
            tabbable={interactive && isTabStop(index, mark.key)}
            selected={mark.kind === 'event' && mark.item.event.id === selected}
            onOpen={onOpen}
            onKeyDown={onKeyDown(index, mi)}
            onFocus={() => onFocus(index, mark.key)}
          />
        ))}
        {labels.map(({ placed, mark, label }) => (
          // the marker is the control and carries the full name; the label repeats it for the eye
          <span
            key={placed.key}
            className="mark-label"
            aria-hidden="true"
            data-placement={placed.placement}
            data-later={label.lead.status === null ? 'true' : undefined}
            data-event={label.lead.event.id}
            style={{ left: placed.box.x, top: placed.box.y, width: placed.box.w }}
            onClick={interactive ? openFromLabel(mark) : undefined}
          >
            {label.label}
            {label.status && <span className="label-status"> · {label.status}</span>}
            {label.more > 0 && <span className="label-more"> +{label.more}</span>}
          </span>
        ))}
      </div>
    </div>
  );
}
