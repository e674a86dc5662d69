import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { dayNumber, formatShortDate } from '../../derive/dates';
import { shownIssueIds } from '../../derive/filter';
import { useAsOf, useDataset, useNames } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { issueColorVar } from '../common/labels';
import { openEvent } from '../common/event-link';
import { EventMarker } from './EventMarker';
import { useElementWidth } from './use-element-width';
import {
  axisTicks,
  fitDomain,
  laneGroups,
  outsideDomain,
  layoutLane,
  nearestIndex,
  panDomain,
  zoomDomain,
  type Domain,
  type LaneItem,
} from './timeline-utils';

const DEFAULT_WIDTH = 860;

/** Events on a time axis, one lane per issue; zoom and pan by buttons, keys, Ctrl+wheel and drag. */
export function LaneView({
  items,
  interactive = true,
}: {
  items: EventAsOf[];
  interactive?: boolean;
}) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const selected = useTracker((s) => s.event);
  const issueFilter = useTracker((s) => s.filters.issues);
  const [trackRef, measured] = useElementWidth<HTMLDivElement>();
  const [fitAll, setFitAll] = useState(false);
  const width = measured || DEFAULT_WIDTH;
  const fitted = useMemo(
    () =>
      fitDomain(
        items,
        { from: dataset.meta.coverage.from, to: dataset.meta.lastUpdated },
        fitAll ? undefined : dataset.meta.defaultFrom,
      ),
    [items, dataset, fitAll],
  );
  const [zoomed, setZoomed] = useState<Domain | null>(null);
  const domain = zoomed ?? fitted;
  const outside = useMemo(() => outsideDomain(items, domain), [items, domain]);
  const lanes = useMemo(() => {
    return laneGroups(items, shownIssueIds(dataset.issues, issueFilter))
      .filter((l) => l.items.length > 0 || issueFilter.includes(l.issue))
      .map((l) => ({
        issue: l.issue,
        count: l.items.length,
        marks: layoutLane(l.items, domain, width),
      }));
  }, [items, dataset, issueFilter, domain, width]);
  const ticks = useMemo(() => axisTicks(domain, width), [domain, width]);
  const [focus, setFocus] = useState<{ lane: number; key: string } | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);

  const focusLane =
    focus && lanes[focus.lane]?.marks.some((m) => m.key === focus.key) ? focus : null;
  const firstLane = lanes.findIndex((l) => l.marks.length > 0);
  const tabStop =
    focusLane ??
    (firstLane >= 0 ? { lane: firstLane, key: lanes[firstLane]!.marks[0]!.key } : null);

  useEffect(() => {
    if (!wantFocus.current || !focus) return;
    wantFocus.current = false;
    bodyRef.current
      ?.querySelector<HTMLElement>(
        `[data-lane="${focus.lane}"] [data-key="${CSS.escape(focus.key)}"]`,
      )
      ?.focus();
  }, [focus, lanes]);

  const fit = () => {
    setZoomed(null);
    setFitAll(true);
  };
  const zoom = (factor: number, anchor = 0.5) => setZoomed(zoomDomain(domain, factor, anchor));
  const pan = (fraction: number) => setZoomed(panDomain(domain, fraction));

  const moveTo = (lane: number, index: number) => {
    const mark = lanes[lane]?.marks[index];
    if (!mark) return;
    wantFocus.current = true;
    setFocus({ lane, key: mark.key });
  };

  const onKeyDown = (lane: number, index: number) => (e: KeyboardEvent<HTMLButtonElement>) => {
    const marks = lanes[lane]!.marks;
    const at = marks[index]!.at;
    const step = (dir: 1 | -1) => {
      for (let l = lane + dir; l >= 0 && l < lanes.length; l += dir) {
        const n = nearestIndex(lanes[l]!.marks, at);
        if (n >= 0) return moveTo(l, n);
      }
    };
    if (e.key === 'ArrowRight' && e.shiftKey) pan(0.2);
    else if (e.key === 'ArrowLeft' && e.shiftKey) pan(-0.2);
    else if (e.key === 'ArrowRight') moveTo(lane, Math.min(index + 1, marks.length - 1));
    else if (e.key === 'ArrowLeft') moveTo(lane, Math.max(index - 1, 0));
    else if (e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Home') moveTo(lane, 0);
    else if (e.key === 'End') moveTo(lane, marks.length - 1);
    else if (e.key === '+' || e.key === '=') zoom(1.5, at);
    else if (e.key === '-' || e.key === '_') zoom(1 / 1.5, at);
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  };

  const onOpen = (item: LaneItem, el: HTMLElement) => {
    if (item.kind === 'cluster') {
      const pad = Math.max(7, (dayNumber(item.to) - dayNumber(item.from)) * 0.1);
      setZoomed({ start: dayNumber(item.from) - pad, end: dayNumber(item.to) + pad });
    } else openEvent(item.item.event.id, el);
  };

  useWheelAndDrag(bodyRef, interactive, domain, width, setZoomed);

  const cursorAt = (dayNumber(asOf) - domain.start) / (domain.end - domain.start);
  return (
    <div className="lanes" role="group" aria-label="Events in lanes by issue">
      {interactive && (
        <div className="lanes-toolbar" role="toolbar" aria-label="Zoom and pan">
          <button
            type="button"
            className="button"
            onClick={() => pan(-0.3)}
            aria-label="Earlier (pan left)"
          >
            ◀
          </button>
          <button type="button" className="button" onClick={() => zoom(1.5)}>
            Zoom in
          </button>
          <button type="button" className="button" onClick={() => zoom(1 / 1.5)}>
            Zoom out
          </button>
          <button
            type="button"
            className="button"
            onClick={fit}
            disabled={outside.before + outside.after === 0}
          >
            Fit all
          </button>
          <button
            type="button"
            className="button"
            onClick={() => pan(0.3)}
            aria-label="Later (pan right)"
          >
            ▶
          </button>
          {outside.before + outside.after > 0 && (
            <span className="outside-count">
              {outside.before > 0 && `${outside.before} earlier`}
              {outside.before > 0 && outside.after > 0 && ' and '}
              {outside.after > 0 && `${outside.after} later`} events outside this view
            </span>
          )}
          <span className="hint">
            Arrow keys move between events · + / − zoom · Shift+arrows pan · Ctrl+wheel zooms, drag
            pans
          </span>
        </div>
      )}
      <div className="lanes-body" ref={bodyRef}>
        <div className="lane axis-row" aria-hidden="true">
          <div className="lane-label" />
          <div className="lane-track axis" ref={trackRef}>
            {ticks.map((t) => (
              <span
                key={t.day}
                className={t.major ? 'tick major' : 'tick'}
                style={{
                  left: `${(((t.day - domain.start) / (domain.end - domain.start)) * 100).toFixed(3)}%`,
                }}
              >
                {t.label}
              </span>
            ))}
          </div>
        </div>
        {lanes.map((lane, li) => {
          const idx = names.issueIndex.get(lane.issue) ?? 0;
          const name = names.issues.get(lane.issue) ?? lane.issue;
          return (
            <div
              className="lane"
              key={lane.issue}
              data-lane={li}
              role="group"
              aria-label={`${name}: ${lane.count} events`}
              style={{ ['--lane-color' as string]: issueColorVar(idx) }}
            >
              <div className="lane-label" aria-hidden="true">
                <span className="chip-swatch" /> {name}
              </div>
              <div className="lane-track">
                {lane.marks.map((mark, mi) => (
                  <EventMarker
                    key={mark.key}
                    item={mark}
                    asOf={asOf}
                    tabbable={interactive && tabStop?.lane === li && tabStop.key === mark.key}
                    selected={mark.kind === 'event' && mark.item.event.id === selected}
                    onOpen={onOpen}
                    onKeyDown={onKeyDown(li, mi)}
                    onFocus={() => setFocus({ lane: li, key: mark.key })}
                  />
                ))}
              </div>
            </div>
          );
        })}
        {cursorAt >= 0 && cursorAt <= 1 && (
          <div className="cursor-line" style={{ ['--at' as string]: cursorAt }} aria-hidden="true">
            <span>As of {formatShortDate(asOf)}</span>
          </div>
        )}
      </div>
    </div>
  );
}

function useWheelAndDrag(
  ref: React.RefObject<HTMLDivElement | null>,
  enabled: boolean,
  domain: Domain,
  width: number,
  setZoomed: (d: Domain) => void,
) {
  const latest = useRef({ domain, width });
  useEffect(() => {
    latest.current = { domain, width };
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const onWheel = (e: WheelEvent) => {
      const { domain: d, width: w } = latest.current;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const rect = el.getBoundingClientRect();
        const anchor = Math.min(1, Math.max(0, (e.clientX - rect.left - (rect.width - w)) / w));
        setZoomed(zoomDomain(d, e.deltaY < 0 ? 1.25 : 0.8, anchor));
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        setZoomed(panDomain(d, e.deltaX / w));
      }
    };
    let dragX: number | null = null;
    const onDown = (e: PointerEvent) => {
      if ((e.target as HTMLElement).closest('button')) return;
      dragX = e.clientX;
      el.setPointerCapture(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      if (dragX === null) return;
      const { domain: d, width: w } = latest.current;
      setZoomed(panDomain(d, (dragX - e.clientX) / w));
      dragX = e.clientX;
    };
    const onUp = () => {
      dragX = null;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [ref, enabled, setZoomed]);
}
