import type { EventAsOf } from '../../derive/event-status';
import { dayNumber } from '../../derive/dates';
import { layoutLabels, type LabelMarker, type PlacedLabel } from './label-layout';
import {
  labelText,
  labelWidth,
  laneGeometry,
  markerHalfSize,
  nearestToCursor,
  rankedLabels,
  type MarkLabel,
  statusWord,
  type StatusWords,
} from './label-text';
import {
  axisTicks,
  layoutLane,
  type Domain,
  type LaneItem,
  type Tick,
  type TickFormat,
} from './time-domain';

/**
 * The lanes' whole layout as plain numbers, from explicit inputs (the way owid-grapher
 * hands a chart its manager): the page draws it as HTML, the image export as SVG, so
 * the two always place the same markers and name the same events.
 */
export interface LanesInput {
  /** The events as they stood on the cursor date (filtered). */
  items: readonly EventAsOf[];
  /** The lanes to draw, in order. */
  lanes: readonly { issue: string; name: string; colorIndex: number }[];
  asOf: string;
  domain: Domain;
  /** Width of the track (the lanes without their names), px. */
  width: number;
  laneHeight: number;
  selected: string | null;
  /** Larger markers for a thumb. */
  touch: boolean;
  words: StatusWords;
  tickFormat: TickFormat;
  /** Label text size, px (the page's 12 unless a compact image asks for less). */
  labelPx?: number;
}

export interface Lane {
  issue: string;
  name: string;
  colorIndex: number;
  count: number;
  marks: LaneItem[];
}

export interface LaneLabel {
  placed: PlacedLabel;
  mark: LaneItem;
  label: MarkLabel;
}

export interface LanesLayout {
  lanes: Lane[];
  /** Labels beside their markers, by lane index. */
  labels: Map<number, LaneLabel[]>;
  /** Landmarks named above the lanes, with a leader line to their marker. */
  callouts: LaneLabel[];
  /** Rows of callouts above the lanes. */
  calloutRows: number;
  ticks: Tick[];
  /** Cursor across the track, 0..1 (outside that range it is not drawn). */
  cursorAt: number;
}

/** Minimum distance between markers before they merge into a cluster, px. */
const clusterGap = (touch: boolean) => (touch ? 30 : 24);

/** A turning point: significance 3, known on the cursor date. */
export function isLandmark(it: EventAsOf): boolean {
  return it.event.significance >= 3 && it.status !== null;
}

/** Lays out the lanes, their labels, the axis and the cursor. Pure. */
export function lanesLayout(input: LanesInput): LanesLayout {
  const { items, domain, width, touch } = input;
  const byIssue = new Map<string, EventAsOf[]>(input.lanes.map((l) => [l.issue, []]));
  for (const it of items) for (const id of it.event.issues) byIssue.get(id)?.push(it);
  const lanes = input.lanes.map((l) => {
    const own = byIssue.get(l.issue)!.sort((a, b) => a.day - b.day);
    return { ...l, count: own.length, marks: layoutLane(own, domain, width, clusterGap(touch)) };
  });
  const cursorAt = (dayNumber(input.asOf) - domain.start) / (domain.end - domain.start);
  const { labels, callouts } = placeLabels(lanes, input, cursorAt);
  let calloutRows = 0;
  for (const c of callouts) calloutRows = Math.max(calloutRows, c.placed.row! + 1);
  return {
    lanes,
    labels,
    callouts,
    calloutRows,
    ticks: axisTicks(domain, width, input.tickFormat),
    cursorAt,
  };
}

/** Labels for every lane, placed so that none overlaps another label, a marker or the cursor. */
function placeLabels(
  lanes: readonly Lane[],
  input: LanesInput,
  cursorAt: number,
): { labels: Map<number, LaneLabel[]>; callouts: LaneLabel[] } {
  const { width, touch, words } = input;
  const ctx = { selected: input.selected, nearest: nearestToCursor(input.items, input.asOf) };
  const markers: LabelMarker[] = [];
  const byKey = new Map<string, { mark: LaneItem; options: MarkLabel[] }>();
  lanes.forEach((lane, li) => {
    for (const mark of lane.marks) {
      const [best, ...others] = rankedLabels(mark, ctx, words);
      const key = `${li}:${mark.key}`;
      const size = markerHalfSize(mark, touch);
      const firstLane = (it: EventAsOf) => (it.event.issues[0] === lane.issue ? 1 : 0);
      byKey.set(key, { mark, options: [best!, ...others] });
      markers.push({
        key,
        lane: li,
        x: mark.at * width,
        ...size,
        text: labelText(best!),
        // an event in several issues is named in its first issue's lane
        priority: best!.priority + firstLane(best!.lead),
        group: best!.lead.event.id,
        fallbacks: others.map((o) => ({ text: labelText(o), group: o.lead.event.id })),
        landmark: isLandmark(best!.lead),
      });
      // every landmark a cluster holds is named, not only its lead
      if (mark.kind !== 'cluster') continue;
      for (const it of mark.items) {
        if (!isLandmark(it) || it === best!.lead) continue;
        const label: MarkLabel = {
          lead: it,
          label: it.event.label,
          status: statusWord(it.status, words),
          more: 0,
          priority: best!.priority,
        };
        const extra = `${key}#${it.event.id}`;
        byKey.set(extra, { mark, options: [label] });
        markers.push({
          key: extra,
          lane: li,
          x: mark.at * width,
          ...size,
          text: labelText(label),
          priority: label.priority + firstLane(it),
          group: it.event.id,
          landmark: true,
        });
      }
    }
  });
  const labels = new Map<number, LaneLabel[]>();
  const callouts: LaneLabel[] = [];
  const geometry = {
    ...laneGeometry(input.laneHeight, touch, input.labelPx),
    width,
    cursorX: cursorAt >= 0 && cursorAt <= 1 ? cursorAt * width : undefined,
  };
  const measure = (text: string) => labelWidth(text, input.labelPx);
  for (const placed of layoutLabels(markers, geometry, measure)) {
    const { mark, options } = byKey.get(placed.key)!;
    const label = options.find((o) => labelText(o) === placed.text)!;
    if (placed.placement === 'callout') {
      callouts.push({ placed, mark, label });
      continue;
    }
    const lane = labels.get(placed.lane);
    if (lane) lane.push({ placed, mark, label });
    else labels.set(placed.lane, [{ placed, mark, label }]);
  }
  return { labels, callouts };
}
