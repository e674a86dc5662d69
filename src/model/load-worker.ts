/**
 * What the dataset worker does and says, as plain functions: ./load.worker.ts is a shell
 * that feeds messages in and posts what comes out, and ./load-worker-client.ts puts the
 * answer back together on the page.
 *
 * Valid events travel in runs of EVENTS_PER_MESSAGE while the rest are still being
 * checked, each run its own message: the page unpacks one run per task, about 10 ms each,
 * instead of 100,000 events in one long task at the end. A run goes as JSON text, not as
 * objects: on the page JSON.parse is about twice as fast as deserialising a structured
 * clone (measured in Chromium on 100,000 events: ~0.5 s against ~0.9 s in all), and its
 * objects are quicker to use. The text is the file's own when the events carry nothing
 * the format does not know (the usual case: nothing to stringify), else JSON.stringify's.
 */
import { loadCustomDataset, LOAD_TIMEOUT_MS, type LoadProgress } from './load-custom';
import type { LoadResult } from './load';
import type { Problem } from './problems';
import type { ProblemSummary } from './problem-summary';
import type { Dataset } from './schema';

export const EVENTS_PER_MESSAGE = 1_000;
/** Progress is reported at most this often (ms); the last report of a phase always goes. */
export const PROGRESS_INTERVAL_MS = 50;

/** page → worker */
export interface LoadRequest {
  type: 'load';
  /** the ?data= value as written */
  url: string;
  /** the page's own URL: ?data= is resolved against it, and must be on its origin */
  pageUrl: string;
}

/** The dataset without its events, which came before in `events` messages. */
export type DatasetHead = Omit<Dataset, 'events'>;

/** worker → page */
export type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  /** `json`: a JSON array of `count` checked events, the first being event `from` */
  | { type: 'events'; from: number; count: number; json: string }
  /** the events sent so far are void: the file is being read again from the start */
  | { type: 'restart' }
  | { type: 'done'; result: WireResult };

export type WireResult =
  | { ok: true; head: DatasetHead; eventCount: number }
  | { ok: false; title: string; problems: Problem[]; summary?: ProblemSummary };

export function isLoadRequest(value: unknown): value is LoadRequest {
  const v = value as Partial<LoadRequest> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.type === 'load' &&
    typeof v.url === 'string' &&
    typeof v.pageUrl === 'string'
  );
}

/** The result as it crosses to the page: the events have already gone. */
export function toWire(result: LoadResult): WireResult {
  if (!result.ok) return result;
  const { events, ...head } = result.dataset;
  return { ok: true, head, eventCount: events.length };
}

/**
 * Passes progress on no more often than every `intervalMs`, except that a change of phase
 * and the end of a phase (all bytes, all events) always go through.
 */
export function throttleProgress(
  send: (progress: LoadProgress) => void,
  now: () => number,
  intervalMs = PROGRESS_INTERVAL_MS,
): (progress: LoadProgress) => void {
  let last = -Infinity;
  let phase: LoadProgress['phase'] | null = null;
  return (progress) => {
    const complete =
      (progress.phase === 'download' && progress.received === progress.total) ||
      (progress.phase === 'check' && progress.checked === progress.total);
    const t = now();
    if (progress.phase !== phase || complete || t - last >= intervalMs) {
      phase = progress.phase;
      last = t;
      send(progress);
    }
  };
}

export interface WorkerDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
}

/** Answers one request: progress, runs of valid events, then the result. Never throws. */
export async function answerLoadRequest(
  request: LoadRequest,
  post: (message: WorkerMessage) => void,
  deps: WorkerDeps,
): Promise<void> {
  const progress = throttleProgress((p) => post({ type: 'progress', progress: p }), deps.now);
  let result: LoadResult;
  try {
    result = await loadCustomDataset(
      request.url,
      request.pageUrl,
      deps.fetch,
      deps.timeoutMs ?? LOAD_TIMEOUT_MS,
      {
        onProgress: progress,
        onValidEvents: (events, from, json) =>
          post({
            type: 'events',
            from,
            count: events.length,
            json: json ?? JSON.stringify(events),
          }),
        onRestart: () => post({ type: 'restart' }),
        eventsPerStep: EVENTS_PER_MESSAGE,
      },
    );
  } catch (error) {
    // loadCustomDataset does not throw; this is for what nobody foresaw (out of memory)
    result = {
      ok: false,
      title: 'The dataset could not be loaded',
      problems: [{ path: '(file)', message: `the check stopped (${String(error)})` }],
    };
  }
  post({ type: 'done', result: toWire(result) });
}
