import type { EventAsOf } from '../../derive/event-status';
import { byEventDate, dateFromDayNumber, dayNumber } from '../../derive/dates';
import { estimateTextWidth } from './label-text';

/** The visible stretch of time, in day numbers. */
export interface Domain {
  start: number;
  end: number;
}

const MIN_SPAN_DAYS = 14;

/**
 * A domain that fits the items with a little air, or the fallback range when there are none.
 * With `focusFrom`, items before it are left out unless nothing else is left.
 */
export function fitDomain(
  items: readonly EventAsOf[],
  fallback: { from: string; to: string },
  focusFrom?: string,
): Domain {
  let lo = Infinity;
  let hi = -Infinity;
  const focused = focusFrom && items.some((it) => it.event.date >= focusFrom) ? focusFrom : null;
  for (const it of items) {
    const { event } = it;
    if (focused && event.date < focused) continue;
    const d = it.day;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (!Number.isFinite(lo)) {
    lo = dayNumber(fallback.from);
    hi = dayNumber(fallback.to);
  }
  const span = Math.max(hi - lo, MIN_SPAN_DAYS);
  const pad = Math.max(span * 0.03, 3);
  const mid = (lo + hi) / 2;
  return { start: Math.floor(mid - span / 2 - pad), end: Math.ceil(mid + span / 2 + pad) };
}

/**
 * Keeps a domain inside `bounds`: never wider than the bounds, and moved back inside
 * (keeping its width) when it runs past either end.
 */
export function clampDomain(d: Domain, bounds?: Domain): Domain {
  if (!bounds) return d;
  const span = Math.min(d.end - d.start, bounds.end - bounds.start);
  const start = Math.min(Math.max(d.start, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (>1 zooms in) keeping the point at `anchor` (0..1 across the width)
 * still; never closer than two weeks, never wider than `bounds`.
 */
export function zoomDomain(d: Domain, factor: number, anchor = 0.5, bounds?: Domain): Domain {
  const span = d.end - d.start;
  const next = Math.max(MIN_SPAN_DAYS, span / factor);
  const at = d.start + span * anchor;
  return clampDomain({ start: at - next * anchor, end: at + next * (1 - anchor) }, bounds);
}

/** Moves the domain by a fraction of its width (positive = later), within `bounds`. */
export function panDomain(d: Domain, fraction: number, bounds?: Domain): Domain {
  const shift = (d.end - d.start) * fraction;
  return clampDomain({ start: d.start + shift, end: d.end + shift }, bounds);
}

/** How many items fall before and after the domain. */
export function outsideDomain(
  items: readonly EventAsOf[],
  d: Domain,
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const { day } of items) {
    if (day < d.start) before++;
    else if (day > d.end) after++;
  }
  return { before, after };
}

export function positionOf(date: string, d: Domain): number {
  return (dayNumber(date) - d.start) / (d.end - d.start);
}

export interface Tick {
  day: number;
  label: string;
  major: boolean;
}

/** How ticks are written, in the page's language (core.format's year and monthTick). */
export interface TickFormat {
  year: (year: number) => string;
  monthTick: (month: number) => string;
}

/** Year ticks for long spans, month ticks (years as major) for short ones. */
export function axisTicks(d: Domain, widthPx: number, fmt: TickFormat): Tick[] {
  const startDate = dateFromDayNumber(Math.floor(d.start));
  const endDate = dateFromDayNumber(Math.ceil(d.end));
  const years = +endDate.slice(0, 4) - +startDate.slice(0, 4) + 1;
  const pxPerYear = (widthPx * 365) / (d.end - d.start);
  const ticks: Tick[] = [];
  if (pxPerYear < 240) {
    // a year label is about 36 px wide in bold: leave a gap between neighbours. A longer
    // label ('2019年', '2019년') needs proportionally more room.
    const wider = Math.max(
      1,
      estimateTextWidth(fmt.year(2000), 12) / estimateTextWidth('2000', 12),
    );
    const per = pxPerYear / wider;
    const every = per > 52 ? 1 : per > 24 ? 2 : per > 10 ? 5 : 10;
    for (let y = +startDate.slice(0, 4); y <= +endDate.slice(0, 4); y++) {
      if (y % every !== 0) continue;
      const day = dayNumber(`${y}-01-01`);
      if (day >= d.start && day <= d.end) ticks.push({ day, label: fmt.year(y), major: true });
    }
    return ticks;
  }
  const monthStep = pxPerYear > 900 ? 1 : pxPerYear > 450 ? 3 : 6;
  for (let y = +startDate.slice(0, 4); y < +startDate.slice(0, 4) + years; y++) {
    for (let m = 1; m <= 12; m += monthStep) {
      const iso = `${y}-${String(m).padStart(2, '0')}-01`;
      const day = dayNumber(iso);
      if (day < d.start || day > d.end) continue;
      ticks.push({ day, label: m === 1 ? fmt.year(y) : fmt.monthTick(m), major: m === 1 });
    }
  }
  return ticks;
}

export type LaneItem =
  | { kind: 'event'; key: string; item: EventAsOf; at: number }
  | { kind: 'cluster'; key: string; items: EventAsOf[]; at: number; from: string; to: string };

/**
 * Places one lane's items (sorted by date) across `widthPx`, merging markers closer
 * than `minGapPx` into a cluster so that 100,000 events draw at most a few hundred marks.
 * Items outside the domain are left out.
 */
export function layoutLane(
  items: readonly EventAsOf[],
  d: Domain,
  widthPx: number,
  minGapPx = 24,
): LaneItem[] {
  const out: LaneItem[] = [];
  let group: EventAsOf[] = [];
  let groupX = 0;
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    if (group.length === 1) {
      out.push({
        kind: 'event',
        key: first.event.id,
        item: first,
        at: (first.day - d.start) / (d.end - d.start),
      });
    } else {
      const last = group[group.length - 1]!;
      const mid = (first.day + last.day) / 2;
      out.push({
        kind: 'cluster',
        key: `cluster-${first.event.id}-${group.length}`,
        items: group,
        at: (mid - d.start) / (d.end - d.start),
        from: first.event.date,
        to: last.event.date,
      });
    }
    group = [];
  };
  for (const it of items) {
    const frac = (it.day - d.start) / (d.end - d.start);
    if (frac < 0 || frac > 1) continue;
    const x = frac * widthPx;
    if (group.length && x - groupX >= minGapPx) flush();
    if (group.length === 0) groupX = x;
    group.push(it);
  }
  flush();
  return out;
}

/** Splits visible items into lanes by issue, in the dataset's issue order. */
export function laneGroups(
  items: readonly EventAsOf[],
  issueIds: readonly string[],
): { issue: string; items: EventAsOf[] }[] {
  const byIssue = new Map<string, EventAsOf[]>(issueIds.map((id) => [id, []]));
  for (const it of items) for (const id of it.event.issues) byIssue.get(id)?.push(it);
  return issueIds.map((issue) => ({
    issue,
    items: (byIssue.get(issue) ?? []).sort(byEventDate),
  }));
}

/** Index of the item in `lane` nearest to position `at`, for moving focus between lanes. */
export function nearestIndex(lane: readonly LaneItem[], at: number): number {
  let best = -1;
  let bestDist = Infinity;
  lane.forEach((it, i) => {
    const dist = Math.abs(it.at - at);
    if (dist < bestDist) {
      best = i;
      bestDist = dist;
    }
  });
  return best;
}
