import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { nearestIndex, type LaneItem } from './time-domain';

export interface LaneKeys {
  zoom: (factor: number, anchor: number) => void;
  pan: (fraction: number) => void;
  fit: () => void;
}

/**
 * One tab stop for all the lanes (roving tabindex): arrows move between markers and lanes,
 * Home/End to a lane's ends, + − 0 zoom and fit around the focused marker, Shift+arrows pan.
 */
export function useLaneFocus(
  lanes: readonly { marks: readonly LaneItem[] }[],
  body: RefObject<HTMLElement | null>,
  keys: LaneKeys,
) {
  const [focus, setFocus] = useState<{ lane: number; key: string } | null>(null);
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
    body.current
      ?.querySelector<HTMLElement>(
        `[data-lane="${focus.lane}"] [data-key="${CSS.escape(focus.key)}"]`,
      )
      ?.focus();
  }, [focus, lanes, body]);

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
    if (e.key === 'ArrowRight' && e.shiftKey) keys.pan(0.2);
    else if (e.key === 'ArrowLeft' && e.shiftKey) keys.pan(-0.2);
    else if (e.key === 'ArrowRight') moveTo(lane, Math.min(index + 1, marks.length - 1));
    else if (e.key === 'ArrowLeft') moveTo(lane, Math.max(index - 1, 0));
    else if (e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Home') moveTo(lane, 0);
    else if (e.key === 'End') moveTo(lane, marks.length - 1);
    else if (e.key === '+' || e.key === '=') keys.zoom(1.5, at);
    else if (e.key === '-' || e.key === '_') keys.zoom(1 / 1.5, at);
    else if (e.key === '0') keys.fit();
    else return;
    e.preventDefault();
  };

  return {
    isTabStop: (lane: number, key: string) => tabStop?.lane === lane && tabStop.key === key,
    onKeyDown,
    onFocus: (lane: number, key: string) => setFocus({ lane, key }),
  };
}
