/**
 * The page's side of the dataset worker: starts it, passes its progress on, puts the
 * dataset back together from its messages, and stops it when done or cancelled.
 */
import { failure, type LoadResult } from './load';
import type { LoadProgress } from './load-custom';
import type { LoadRequest, WorkerMessage } from './load-worker';
import type { DisputeEvent } from './schema';

const title = 'The dataset could not be loaded';

/** The events received so far. `receive` adds to it. */
export interface Assembly {
  events: DisputeEvent[];
}

export type Step = { progress: LoadProgress } | { result: LoadResult } | null;

/** Takes one message from the worker: progress to show, events to keep, or the result. */
export function receive(assembly: Assembly, message: WorkerMessage): Step {
  switch (message.type) {
    case 'progress':
      return { progress: message.progress };
    case 'events': {
      if (message.from !== assembly.events.length)
        return {
          result: failure(
            title,
            `the loader sent events from ${message.from}, expected ${assembly.events.length}`,
          ),
        };
      // checked by the worker; the text is the worker's own JSON.stringify of them
      const events = JSON.parse(message.json) as DisputeEvent[];
      if (events.length !== message.count)
        return { result: failure(title, `the loader sent a run of events that was cut short`) };
      // one at a time: spreading 100,000 arguments into push() overflows the stack
      for (const event of events) assembly.events.push(event);
      return null;
    }
    case 'restart':
      assembly.events = [];
      return null;
    case 'done': {
      const result = message.result;
      const events = assembly.events;
      assembly.events = [];
      if (!result.ok) return { result };
      if (events.length !== result.eventCount)
        return {
          result: failure(title, `the loader sent ${events.length} of ${result.eventCount} events`),
        };
      return { result: { ok: true, dataset: { ...result.head, events } } };
    }
    default:
      return null;
  }
}

/** The part of a Worker this module uses, so tests can stand in for one. */
export interface WorkerLike {
  postMessage(message: LoadRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export function createLoadWorker(): WorkerLike {
  return new Worker(new URL('./load.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset-loader',
  }) as WorkerLike;
}

export interface CustomLoad {
  /** the dataset or what is wrong with it; `null` once cancelled */
  result: Promise<LoadResult | null>;
  /** stops the worker at once; `result` then gives null */
  cancel(): void;
  /**
   * Hands the progress to `onProgress` from now on, the latest at once: a load started
   * before anything can show it (main.tsx) is followed once its screen is drawn.
   */
  follow(onProgress: (progress: LoadProgress) => void): void;
}

/** Loads a ?data= dataset in a worker. Never rejects. */
export function loadInWorker(
  rawUrl: string,
  pageUrl: string,
  onProgress: ((progress: LoadProgress) => void) | null = null,
  createWorker: () => WorkerLike = createLoadWorker,
): CustomLoad {
  let show = onProgress;
  let latest: LoadProgress | null = null;
  const follow = (next: (progress: LoadProgress) => void) => {
    show = next;
    if (latest) next(latest);
  };
  let settle: (result: LoadResult | null) => void = () => undefined;
  const result = new Promise<LoadResult | null>((resolve) => (settle = resolve));
  let worker: WorkerLike | null = null;
  const finish = (value: LoadResult | null) => {
    worker?.terminate();
    worker = null;
    settle(value);
    settle = () => undefined;
  };
  try {
    worker = createWorker();
  } catch (error) {
    finish(failure(title, `the loader could not start (${String(error)})`));
    return { result, cancel: () => undefined, follow };
  }
  const assembly: Assembly = { events: [] };
  worker.onmessage = (event) => {
    const step = receive(assembly, event.data);
    if (step && 'progress' in step) {
      latest = step.progress;
      show?.(step.progress);
    } else if (step) finish(step.result);
  };
  worker.onerror = (event) => {
    const detail = 'message' in event && event.message ? ` (${String(event.message)})` : '';
    finish(failure(title, `the loader stopped${detail}`));
  };
  worker.onmessageerror = () => finish(failure(title, 'a message from the loader was unreadable'));
  worker.postMessage({ type: 'load', url: rawUrl, pageUrl });
  return { result, cancel: () => finish(null), follow };
}
