import { useEffect, useMemo, useRef } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import type { Dataset } from '../../model/schema';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { useMediaQuery } from '../common/use-media-query';
import { CalloutBand, calloutBandHeight } from './CalloutBand';
import { CursorLine } from './CursorLine';
import { LaneRow } from './LaneRow';
import { LanesToolbar } from './LanesToolbar';
import { TimeAxis } from './TimeAxis';
import { LANE_HEIGHT } from './label-text';
import { lanesLayout, type LaneLabel } from './lanes-layout';
import type { Domain, LaneItem, Tick } from './time-domain';
import { useElementWidth } from './use-element-width';
import { useLaneFocus } from './use-lane-focus';
import { useTimeDomain } from './use-time-domain';
import { useWheelAndDrag } from './use-wheel-and-drag';

/** Track width before it is measured (and in the prerendered page): the lanes' width at 1280 px. */
const DEFAULT_WIDTH = 742;

/** What the lanes draw: everything comes in as props, nothing is read from the store. */
export interface LaneViewProps {
  /** The events as they stood on the cursor date (filtered). */
  items: EventAsOf[];
  /** The lanes to draw, in order, with their names and colour indexes. */
  lanes: readonly { issue: string; name: string; colorIndex: number }[];
  asOf: string;
  selected: string | null;
  /** The dataset's coverage and default start, which the time domain fits to. */
  meta: Dataset['meta'];
  /** Opens an event (a marker or its label was chosen). */
  onOpenEvent?: (eventId: string, el: HTMLElement) => void;
  interactive?: boolean;
  /** The keyboard hint beside the zoom buttons (an embed, read on any device, leaves it out). */
  keyboardHints?: boolean;
  /** Shorter lanes for a fixed-size view. */
  laneHeight?: number;
  /**
   * Told the span and ticks the lanes show whenever they change, and null when the lanes
   * go: the page's activity chart draws on the same axis.
   */
  onAxis?: (axis: { domain: Domain; ticks: readonly Tick[] } | null) => void;
}

/** Events on a time axis, one lane per issue, the key events named beside their markers. */
export function LaneView({
  items,
  lanes: chosen,
  asOf,
  selected,
  meta,
  onOpenEvent,
  interactive = true,
  keyboardHints = true,
  laneHeight = LANE_HEIGHT,
  onAxis,
}: LaneViewProps) {
  const t = useMessages('timeline', enTimeline);
  const { format } = useMessages('core', enCore);
  // larger markers for a thumb (see the stylesheet's pointer: coarse rules): labels and
  // clusters must keep clear of them
  const touch = useMediaQuery('(pointer: coarse)');
  const [trackRef, measured] = useElementWidth<HTMLDivElement>();
  const width = measured || DEFAULT_WIDTH;
  const time = useTimeDomain(items, meta);
  const { domain } = time;
  const layout = useMemo(
    () =>
      lanesLayout({
        items,
        lanes: chosen,
        asOf,
        domain,
        width,
        laneHeight,
        selected,
        touch,
        words: t.statusWords,
        tickFormat: format,
      }),
    [items, chosen, asOf, domain, width, laneHeight, selected, touch, t, format],
  );
  const { lanes } = layout;
  useEffect(() => {
    onAxis?.({ domain, ticks: layout.ticks });
  }, [onAxis, domain, layout.ticks]);
  useEffect(() => () => onAxis?.(null), [onAxis]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const focus = useLaneFocus(lanes, bodyRef, time);
  useWheelAndDrag(bodyRef, interactive, width, time.setDomain);

  const onOpen = (item: LaneItem, el: HTMLElement) => {
    if (item.kind === 'cluster') time.show(item.from, item.to);
    else onOpenEvent?.(item.item.event.id, el);
  };

  return (
    <div
      className="lanes"
      role="group"
      aria-label={t.lanes.group}
      style={laneHeight === LANE_HEIGHT ? undefined : { ['--lane-h' as string]: `${laneHeight}px` }}
    >
      {interactive && (
        <LanesToolbar
          outside={time.outside}
          zoom={time.zoom}
          pan={time.pan}
          fit={time.fit}
          hint={keyboardHints}
        />
      )}
      <div className="lanes-body" ref={bodyRef}>
        <TimeAxis ticks={layout.ticks} domain={domain} width={width} trackRef={trackRef} />
        <div className="lanes-stack">
          <CalloutBand
            callouts={layout.callouts}
            rows={layout.calloutRows}
            lanes={lanes.length}
            laneHeight={laneHeight}
            markerY={laneHeight / 2}
            width={width}
            ticks={layout.ticks}
            domain={domain}
          />
          {lanes.map((lane, li) => (
            <LaneRow
              key={lane.issue}
              index={li}
              name={lane.name}
              colorIndex={lane.colorIndex}
              count={lane.count}
              marks={lane.marks}
              labels={layout.labels.get(li) ?? NO_LABELS}
              asOf={asOf}
              selected={selected}
              interactive={interactive}
              isTabStop={focus.isTabStop}
              onOpen={onOpen}
              onKeyDown={focus.onKeyDown}
              onFocus={focus.onFocus}
            />
          ))}
          <CursorLine
            asOf={asOf}
            at={layout.cursorAt}
            top={calloutBandHeight(layout.calloutRows)}
          />
        </div>
      </div>
    </div>
  );
}

const NO_LABELS: LaneLabel[] = [];
