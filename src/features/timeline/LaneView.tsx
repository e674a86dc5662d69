import { useMemo, useRef } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { dayNumber } from '../../derive/dates';
import { shownIssueIds } from '../../derive/filter';
import { useAsOf, useDataset, useNames, useViewFilters } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { openEvent } from '../common/event-link';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { CursorLine } from './CursorLine';
import { LaneRow, type LaneLabel } from './LaneRow';
import { LanesToolbar } from './LanesToolbar';
import { TimeAxis } from './TimeAxis';
import { layoutLabels, type LabelMarker } from './label-layout';
import {
  LANE_HEIGHT,
  labelText,
  labelWidth,
  laneGeometry,
  markerHalfSize,
  nearestToCursor,
  rankedLabels,
  type MarkLabel,
  type StatusWords,
} from './label-utils';
import { axisTicks, laneGroups, layoutLane, type LaneItem } from './timeline-utils';
import { useMediaQuery } from '../common/use-media-query';
import { useElementWidth } from './use-element-width';
import { useLaneFocus } from './use-lane-focus';
import { useTimeDomain } from './use-time-domain';
import { useWheelAndDrag } from './use-wheel-and-drag';

/** Track width before it is measured (and in the prerendered page): the lanes' width at 1280 px. */
const DEFAULT_WIDTH = 742;

interface Lane {
  issue: string;
  count: number;
  marks: LaneItem[];
}

/** Events on a time axis, one lane per issue, the key events named beside their markers. */
export function LaneView({
  items,
  interactive = true,
  laneHeight = LANE_HEIGHT,
}: {
  items: EventAsOf[];
  interactive?: boolean;
  /** Shorter lanes for a fixed-size image (fewer labels fit above and below markers). */
  laneHeight?: number;
}) {
  const t = useMessages('timeline', enTimeline);
  const { format } = useMessages('core', enCore);
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const selected = useTracker((s) => s.eventId);
  const issueFilter = useViewFilters().issues;
  // larger markers for a thumb (see the stylesheet's pointer: coarse rules): labels and
  // clusters must keep clear of them
  const touch = useMediaQuery('(pointer: coarse)');
  const [trackRef, measured] = useElementWidth<HTMLDivElement>();
  const width = measured || DEFAULT_WIDTH;
  const time = useTimeDomain(items, dataset.meta);
  const { domain } = time;
  const lanes = useMemo<Lane[]>(
    () =>
      laneGroups(items, shownIssueIds(dataset.issues, issueFilter))
        .filter((l) => l.items.length > 0 || issueFilter.includes(l.issue))
        .map((l) => ({
          issue: l.issue,
          count: l.items.length,
          marks: layoutLane(l.items, domain, width, touch ? 30 : 24),
        })),
    [items, dataset, issueFilter, domain, width, touch],
  );
  const labels = useMemo(
    () =>
      placeLabels(
        lanes,
        width,
        laneHeight,
        touch,
        selected,
        nearestToCursor(items, asOf),
        t.statusWords,
      ),
    [lanes, width, laneHeight, touch, selected, items, asOf, t],
  );
  const ticks = useMemo(() => axisTicks(domain, width, format), [domain, width, format]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const focus = useLaneFocus(lanes, bodyRef, time);
  useWheelAndDrag(bodyRef, interactive, width, time.setDomain);

  const onOpen = (item: LaneItem, el: HTMLElement) => {
    if (item.kind === 'cluster') time.show(item.from, item.to);
    else openEvent(item.item.event.id, el);
  };

  return (
    <div
      className="lanes"
      role="group"
      aria-label={t.lanes.group}
      style={laneHeight === LANE_HEIGHT ? undefined : { ['--lane-h' as string]: `${laneHeight}px` }}
    >
      {interactive && (
        <LanesToolbar outside={time.outside} zoom={time.zoom} pan={time.pan} fit={time.fit} />
      )}
      <div className="lanes-body" ref={bodyRef}>
        <TimeAxis ticks={ticks} domain={domain} width={width} trackRef={trackRef} />
        {lanes.map((lane, li) => (
          <LaneRow
            key={lane.issue}
            index={li}
            name={names.issues.get(lane.issue) ?? lane.issue}
            colorIndex={names.issueIndex.get(lane.issue) ?? 0}
            count={lane.count}
            marks={lane.marks}
            labels={labels.get(li) ?? NO_LABELS}
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
          at={(dayNumber(asOf) - domain.start) / (domain.end - domain.start)}
        />
      </div>
    </div>
  );
}

const NO_LABELS: LaneLabel[] = [];

/** Labels for every lane, placed so that none overlaps another label or a marker. */
function placeLabels(
  lanes: readonly Lane[],
  width: number,
  laneHeight: number,
  touch: boolean,
  selected: string | null,
  nearest: string | null,
  words: StatusWords,
): Map<number, LaneLabel[]> {
  const ctx = { selected, nearest };
  const markers: LabelMarker[] = [];
  const byKey = new Map<string, { mark: LaneItem; options: MarkLabel[] }>();
  lanes.forEach((lane, li) => {
    for (const mark of lane.marks) {
      const [best, ...others] = rankedLabels(mark, ctx, words);
      const key = `${li}:${mark.key}`;
      byKey.set(key, { mark, options: [best!, ...others] });
      markers.push({
        key,
        lane: li,
        x: mark.at * width,
        ...markerHalfSize(mark, touch),
        text: labelText(best!),
        // an event in several issues is named in its first issue's lane
        priority: best!.priority + (best!.lead.event.issues[0] === lane.issue ? 1 : 0),
        group: best!.lead.event.id,
        fallbacks: others.map((o) => ({ text: labelText(o), group: o.lead.event.id })),
      });
    }
  });
  const out = new Map<number, LaneLabel[]>();
  for (const placed of layoutLabels(
    markers,
    { ...laneGeometry(laneHeight, touch), width },
    labelWidth,
  )) {
    const { mark, options } = byKey.get(placed.key)!;
    const label = options.find((o) => labelText(o) === placed.text)!;
    const lane = out.get(placed.lane);
    if (lane) lane.push({ placed, mark, label });
    else out.set(placed.lane, [{ placed, mark, label }]);
  }
  return out;
}
