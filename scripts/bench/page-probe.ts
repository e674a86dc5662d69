/**
 * The script the bench adds to every page before the page's own scripts: it notes when the
 * timeline first shows, LCP, every long task ('longtask') and every Event Timing entry of
 * 16 ms or more ('event', durationThreshold 16, buffered), in `window.__bench`.
 */
import type { Page } from '@playwright/test';

export interface ProbeEvent {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface ProbeTask {
  startTime: number;
  duration: number;
}

export interface Probe {
  timeline: number | null;
  lcp: number | null;
  lcpElement: string | null;
  longTasks: ProbeTask[];
  events: ProbeEvent[];
  unsupported: string[];
}

export function pageProbe(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const probe = { timeline: null, lcp: null, lcpElement: null, longTasks: [], events: [], unsupported: [] };
  window.__bench = probe;
  const observe = (options, onEntry) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(onEntry));
      observer.observe(options);
      (window.__benchObservers ||= []).push({ observer, onEntry });
    } catch {
      probe.unsupported.push(options.type);
    }
  };
  observe({ type: 'largest-contentful-paint', buffered: true }, (entry) => {
    probe.lcp = entry.startTime;
    const el = entry.element;
    probe.lcpElement = el ? el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') : null;
  });
  observe({ type: 'longtask', buffered: true }, (entry) => {
    probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  });
  observe({ type: 'event', durationThreshold: 16, buffered: true }, (entry) => {
    probe.events.push({
      name: entry.name,
      startTime: entry.startTime,
      duration: entry.duration,
      processingStart: entry.processingStart,
      processingEnd: entry.processingEnd,
      interactionId: entry.interactionId || 0,
    });
  });
  const visible = (el) =>
    el.isConnected && (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : el.getClientRects().length > 0);
  const check = () => {
    if (probe.timeline !== null) return;
    for (const el of document.querySelectorAll(selector)) {
      if (visible(el)) { probe.timeline = performance.now(); return; }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
}

/** The probe's records so far, with whatever the observers hold but have not delivered yet. */
export function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __bench: Probe;
      __benchObservers?: {
        observer: PerformanceObserver;
        onEntry: (entry: PerformanceEntry) => void;
      }[];
    };
    for (const { observer, onEntry } of w.__benchObservers ?? [])
      observer.takeRecords().forEach(onEntry);
    return w.__bench;
  });
}

/** Resolves after the next two frames have been produced, then after a further `settleMs`. */
export function afterFrames(page: Page, settleMs: number): Promise<void> {
  return page.evaluate(
    (settle) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, settle))),
      ),
    settleMs,
  );
}
