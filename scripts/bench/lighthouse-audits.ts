/**
 * Reading a Lighthouse result: the figures of one run, the audits that did not pass, the
 * long tasks, the LCP element and its phases, and any request to another site.
 */
import type { Result as LhResult } from 'lighthouse';
import { round } from './common';

export interface LhRun {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  speedIndex: number;
  benchmarkIndex: number | null;
  warnings: string[];
}

export function summariseRun(lhr: LhResult): LhRun {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance?.score ?? null,
    accessibility: lhr.categories.accessibility?.score ?? null,
    bestPractices: lhr.categories['best-practices']?.score ?? null,
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcp: numeric('first-contentful-paint'),
    speedIndex: numeric('speed-index'),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    warnings: lhr.runWarnings.map(String),
  };
}

export interface Opportunity {
  id: string;
  category: string;
  title: string;
  score: number | null;
  displayValue: string | null;
  savingsMs: number;
  savingsBytes: number;
  metricSavings: Record<string, number>;
}

/** Audits that did not pass, the ones with the largest savings first. */
export function opportunities(lhr: LhResult): Opportunity[] {
  const categoryOf = new Map<string, string>();
  const weightOf = new Map<string, number>();
  const metrics = new Set<string>();
  for (const category of Object.values(lhr.categories))
    for (const ref of category.auditRefs) {
      if (!categoryOf.has(ref.id)) categoryOf.set(ref.id, category.id);
      weightOf.set(ref.id, Math.max(weightOf.get(ref.id) ?? 0, ref.weight));
      if (ref.group === 'metrics') metrics.add(ref.id);
    }
  const out: Opportunity[] = [];
  for (const audit of Object.values(lhr.audits)) {
    const mode = audit.scoreDisplayMode;
    if (metrics.has(audit.id)) continue; // the metrics themselves are in the table
    if (mode === 'notApplicable' || mode === 'manual' || mode === 'error') continue;
    const details = audit.details as
      { overallSavingsMs?: number; overallSavingsBytes?: number } | undefined;
    const metricSavings = Object.fromEntries(
      Object.entries(audit.metricSavings ?? {}).filter(([, v]) => typeof v === 'number' && v > 0),
    ) as Record<string, number>;
    const savingsMs = details?.overallSavingsMs ?? 0;
    const savingsBytes = details?.overallSavingsBytes ?? 0;
    const failing = audit.score !== null && audit.score < 1;
    const saves = savingsMs > 0 || savingsBytes > 0 || Object.keys(metricSavings).length > 0;
    if (!failing && !saves) continue;
    if (mode === 'informative' && !saves) continue;
    out.push({
      id: audit.id,
      category:
        (categoryOf.get(audit.id) ?? 'diagnostic') +
        // performance weighs only its metrics; elsewhere a weight-0 audit does not move the score
        (categoryOf.has(audit.id) &&
        categoryOf.get(audit.id) !== 'performance' &&
        !weightOf.get(audit.id)
          ? ', weight 0'
          : ''),
      title: audit.title,
      score: audit.score,
      displayValue: audit.displayValue ?? null,
      savingsMs: round(savingsMs, 0),
      savingsBytes: round(savingsBytes, 0),
      metricSavings,
    });
  }
  const weight = (o: Opportunity) =>
    o.savingsMs + Object.values(o.metricSavings).reduce((n, v) => n + v, 0) + o.savingsBytes / 100;
  return out.sort((a, b) => weight(b) - weight(a));
}

/** The long main-thread tasks of a run (simulated timings), longest first. */
export function longTasks(
  lhr: LhResult,
  baseUrl: string,
): { url: string; startMs: number; ms: number }[] {
  const details = lhr.audits['long-tasks']?.details as
    { items?: { url?: string; startTime?: number; duration?: number }[] } | undefined;
  return (details?.items ?? [])
    .map((item) => ({
      url: (item.url ?? '').replace(baseUrl, '/'),
      startMs: round(item.startTime ?? 0, 0),
      ms: round(item.duration ?? 0, 0),
    }))
    .sort((a, b) => b.ms - a.ms);
}

/** The LCP element and the phases of its time, from the LCP breakdown audit. */
export function lcpBreakdown(lhr: LhResult): {
  element: string | null;
  phases: Record<string, number>;
} {
  const audit = lhr.audits['largest-contentful-paint-element'];
  const details = audit?.details as { items?: unknown[] } | undefined;
  let element: string | null = null;
  const phases: Record<string, number> = {};
  for (const item of details?.items ?? []) {
    const table = item as { items?: Record<string, unknown>[] };
    for (const entry of table.items ?? []) {
      const node = entry.node as { snippet?: string; nodeLabel?: string } | undefined;
      if (node && !element) element = node.snippet ?? node.nodeLabel ?? null;
      if (typeof entry.phase === 'string' && typeof entry.timing === 'number')
        phases[entry.phase] = round(entry.timing, 0);
    }
  }
  return { element, phases };
}

/** Requests the page made to anything but localhost (there should be none). */
export function externalRequests(lhr: LhResult): string[] {
  const details = lhr.audits['network-requests']?.details as
    { items?: { url?: string }[] } | undefined;
  return (details?.items ?? [])
    .map((item) => item.url ?? '')
    .filter((url) => /^https?:/.test(url) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url));
}
