/**
 * The link report behind `npm run check-links`: which source addresses the data cites,
 * what each answers today (status, the redirects it took, where it ended) and a short
 * Markdown summary. Redirects are followed by hand, one hop at a time, so the report can
 * show every hop and stop at a loop; each request has its own timeout, and only a few run
 * at once so that no publisher sees a burst from us.
 */

export interface Hop {
  url: string;
  status: number;
}

export type Outcome = 'ok' | 'redirected' | 'broken' | 'error';

export interface LinkResult {
  url: string;
  /** where the data cites it, e.g. `dataset: 2019-07-01-… sources[0]` */
  citedIn: string[];
  outcome: Outcome;
  /** the last status received (0 when no response came) */
  status: number;
  /** the address the last response came from */
  finalUrl: string;
  /** each response that pointed elsewhere, in order */
  redirects: Hop[];
  /** for `error`: timeout, redirect loop, too many redirects, or the network's message */
  error?: string;
  ms: number;
}

export interface CheckOptions {
  timeoutMs: number;
  maxRedirects: number;
  concurrency: number;
  userAgent: string;
}

export const DEFAULTS: CheckOptions = {
  timeoutMs: 15_000,
  maxRedirects: 10,
  concurrency: 6,
  userAgent: 'jk-dispute-tracker link check (npm run check-links)',
};

/** One GET with a timeout; the body is not read (only the status and headers matter). */
async function fetchOnce(url: string, options: CheckOptions): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      signal: controller.signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,*/*' },
    });
    await response.body?.cancel().catch(() => undefined);
    return response;
  } finally {
    clearTimeout(timer);
  }
}

/** Checks one address, following up to `maxRedirects` redirects by hand. */
export async function checkUrl(
  url: string,
  options: CheckOptions = DEFAULTS,
  citedIn: string[] = [],
): Promise<LinkResult> {
  const started = performance.now();
  const redirects: Hop[] = [];
  const seen = new Set<string>();
  let current = url;
  const result = (outcome: Outcome, status: number, error?: string): LinkResult => ({
    url,
    citedIn,
    outcome,
    status,
    finalUrl: current,
    redirects,
    ...(error ? { error } : {}),
    ms: Math.round(performance.now() - started),
  });
  for (;;) {
    seen.add(current);
    let response: Response;
    try {
      response = await fetchOnce(current, options);
    } catch (error) {
      const aborted = error instanceof Error && error.name === 'AbortError';
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
      return result(
        'error',
        0,
        aborted
          ? `timeout after ${options.timeoutMs} ms`
          : (cause?.message ?? (error instanceof Error ? error.message : String(error))),
      );
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      redirects.push({ url: current, status: response.status });
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        return result('error', response.status, `unreadable redirect to ${location}`);
      }
      if (seen.has(next)) {
        current = next;
        return result('error', response.status, 'redirect loop');
      }
      if (redirects.length > options.maxRedirects) {
        return result('error', response.status, `more than ${options.maxRedirects} redirects`);
      }
      current = next;
      continue;
    }
    if (response.status >= 200 && response.status < 300)
      return result(redirects.length ? 'redirected' : 'ok', response.status);
    return result('broken', response.status);
  }
}

/** Checks every address with at most `concurrency` requests at a time, in input order. */
export async function checkAll(
  links: ReadonlyMap<string, string[]>,
  options: CheckOptions = DEFAULTS,
  onResult?: (r: LinkResult, done: number, total: number) => void,
): Promise<LinkResult[]> {
  const entries = [...links];
  const results: LinkResult[] = new Array(entries.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < entries.length) {
      const i = next++;
      const [url, citedIn] = entries[i]!;
      results[i] = await checkUrl(url, options, citedIn);
      onResult?.(results[i]!, ++done, entries.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, entries.length) }, worker));
  return results;
}

interface Cited {
  url?: unknown;
}
interface Dataset {
  issues?: { id: string; positions?: Record<string, { source?: Cited }> }[];
  summits?: { id: string; conditions?: { id: string; sources?: Cited[] }[] }[];
  events?: {
    id: string;
    sources?: Cited[];
    positions?: Record<string, { source?: Cited }>;
  }[];
}
interface Indicators {
  series?: { id: string; sources?: Cited[] }[];
}

/** Every source address in the dataset and the indicators, each with where it is cited. */
export function collectLinks(dataset: Dataset, indicators: Indicators): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const add = (source: Cited | undefined, where: string) => {
    if (typeof source?.url !== 'string') return;
    const list = links.get(source.url) ?? [];
    list.push(where);
    links.set(source.url, list);
  };
  for (const issue of dataset.issues ?? [])
    for (const [side, p] of Object.entries(issue.positions ?? {}))
      add(p.source, `dataset: issue ${issue.id} positions.${side}`);
  for (const summit of dataset.summits ?? [])
    for (const c of summit.conditions ?? [])
      c.sources?.forEach((s, i) => add(s, `dataset: condition ${c.id} sources[${i}]`));
  for (const e of dataset.events ?? []) {
    e.sources?.forEach((s, i) => add(s, `dataset: ${e.id} sources[${i}]`));
    for (const [side, p] of Object.entries(e.positions ?? {}))
      add(p.source, `dataset: ${e.id} positions.${side}`);
  }
  for (const series of indicators.series ?? [])
    series.sources?.forEach((s, i) => add(s, `indicators: ${series.id} sources[${i}]`));
  return links;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A short Markdown summary: counts by outcome, then every address that is not plainly ok. */
export function summaryMarkdown(results: readonly LinkResult[], checkedAt: string): string {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const lines = [
    `# Link check, ${checkedAt}`,
    '',
    `${results.length} addresses: ${count('ok')} ok, ${count('redirected')} redirected, ${count('broken')} broken (4xx/5xx), ${count('error')} without an answer (timeout, redirect loop, network).`,
  ];
  const table = (title: string, rows: LinkResult[], cell: (r: LinkResult) => string) => {
    if (!rows.length) return;
    lines.push('', `## ${title}`, '', '| address | result | cited in |', '| --- | --- | --- |');
    for (const r of rows)
      lines.push(
        `| ${escapeCell(r.url)} | ${escapeCell(cell(r))} | ${escapeCell(r.citedIn.join('; '))} |`,
      );
  };
  table(
    'Broken',
    results.filter((r) => r.outcome === 'broken'),
    (r) => `${r.status}${r.finalUrl !== r.url ? ` at ${r.finalUrl}` : ''}`,
  );
  table(
    'No answer',
    results.filter((r) => r.outcome === 'error'),
    (r) => r.error ?? '',
  );
  table(
    'Redirected',
    results.filter((r) => r.outcome === 'redirected'),
    (r) => `${r.redirects.map((h) => h.status).join(' → ')} → ${r.status} at ${r.finalUrl}`,
  );
  return `${lines.join('\n')}\n`;
}
