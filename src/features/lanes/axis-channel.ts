import type { Domain, Tick } from './time-domain';

/** The stretch of time the lanes show and their ticks: what the activity chart draws on. */
export interface SharedAxis {
  domain: Domain;
  ticks: readonly Tick[];
}

/**
 * One timeline's lanes tell its activity chart where they are. A channel rather than
 * state in the Timeline or the store: a zoom or a pan redraws the lanes and the chart,
 * not the page around them, and the zoom stays the lanes' own (the export and the embed
 * keep theirs).
 */
export interface AxisChannel {
  get: () => SharedAxis | null;
  /** null when the lanes are gone (the list view): the chart then spans its own months */
  set: (axis: SharedAxis | null) => void;
  subscribe: (listener: () => void) => () => void;
}

const sameAxis = (a: SharedAxis | null, b: SharedAxis | null) =>
  a === b ||
  (!!a &&
    !!b &&
    a.domain.start === b.domain.start &&
    a.domain.end === b.domain.end &&
    a.ticks.length === b.ticks.length &&
    a.ticks.every((t, i) => t.day === b.ticks[i]!.day && t.label === b.ticks[i]!.label));

export function createAxisChannel(): AxisChannel {
  let current: SharedAxis | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (axis) => {
      // the lanes publish after every layout (a selection too): only a new span redraws
      if (sameAxis(current, axis)) return;
      current = axis;
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The page's timeline's channel. A module's rather than the Timeline's: the Timeline is in
 * the first paint's script and the lanes and the chart are not, so the channel loads with
 * the lanes' chunk, which both request (the page has one timeline; the export and the
 * embed draw lanes without one).
 */
export const pageAxis = createAxisChannel();
