import { describe, expect, it, vi } from 'vitest';
import { failure } from '../../src/model/load';
import type { LoadProgress } from '../../src/model/load-custom';
import {
  answerLoadRequest,
  EVENTS_PER_MESSAGE,
  isLoadRequest,
  throttleProgress,
  toWire,
  type LoadRequest,
  type WorkerMessage,
} from '../../src/model/load-worker';
import {
  loadInWorker,
  receive,
  type Assembly,
  type WorkerLike,
} from '../../src/model/load-worker-client';
import type { Dataset, DisputeEvent } from '../../src/model/schema';
import { makeDataset, makeEvent } from '../fixtures/make';

const page = 'https://tracker.example/app/?data=x';

function bigDataset(n: number): Dataset {
  const d = structuredClone(makeDataset());
  for (let i = 0; i < n; i++) d.events.push(makeEvent({ id: `extra-${i}`, label: `Extra ${i}` }));
  return d;
}

/** A fetch that answers `body` as JSON, in chunks of `chunk` bytes, declaring its length. */
function serve(body: unknown, { status = 200, chunk = 64 * 1024 } = {}) {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  return vi.fn(() =>
    Promise.resolve(
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += chunk)
              controller.enqueue(bytes.slice(i, i + chunk));
            controller.close();
          },
        }),
        { status, headers: { 'content-length': String(bytes.length) } },
      ),
    ),
  );
}

/** Everything the worker posts for one request; the clock advances 100 ms per reading. */
async function answer(request: LoadRequest, fetchImpl: typeof fetch) {
  const messages: WorkerMessage[] = [];
  let t = 0;
  await answerLoadRequest(request, (m) => messages.push(structuredClone(m)), {
    fetch: fetchImpl,
    now: () => (t += 100),
  });
  return messages;
}

const request = (url = 'data/mine.json'): LoadRequest => ({ type: 'load', url, pageUrl: page });

describe('isLoadRequest', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'load', url: 'x.json', pageUrl: page }, true],
    [{ type: 'load', url: 3, pageUrl: page }, false],
    [{ type: 'other', url: 'x.json', pageUrl: page }, false],
    [null, false],
    ['load', false],
  ])('%j → %s', (value, expected) => expect(isLoadRequest(value)).toBe(expected));
});

describe('throttleProgress', () => {
  it('passes a report at most every interval, but always a new phase and the end of one', () => {
    const sent: LoadProgress[] = [];
    let t = 0;
    const report = throttleProgress(
      (p) => sent.push(p),
      () => t,
      50,
    );
    const at = (time: number, p: LoadProgress) => {
      t = time;
      report(p);
    };
    at(0, { phase: 'download', received: 1, total: 10, checked: 0 });
    at(10, { phase: 'download', received: 2, total: 10, checked: 0 });
    at(60, { phase: 'download', received: 3, total: 10, checked: 0 });
    at(70, { phase: 'download', received: 10, total: 10, checked: 0 });
    at(75, { phase: 'parse' });
    at(80, { phase: 'check', checked: 2, total: 4 });
    at(85, { phase: 'check', checked: 3, total: 4 });
    at(90, { phase: 'check', checked: 4, total: 4 });
    expect(sent).toEqual([
      { phase: 'download', received: 1, total: 10, checked: 0 },
      { phase: 'download', received: 3, total: 10, checked: 0 },
      { phase: 'download', received: 10, total: 10, checked: 0 },
      { phase: 'parse' },
      { phase: 'check', checked: 2, total: 4 },
      { phase: 'check', checked: 4, total: 4 },
    ]);
  });
});

describe('toWire', () => {
  it('sends a loaded dataset without its events, which went ahead', () => {
    const dataset = makeDataset();
    const { events, ...head } = dataset;
    expect(toWire({ ok: true, dataset })).toEqual({ ok: true, head, eventCount: events.length });
  });

  it('sends a failure as it is', () => {
    const result = failure('The dataset could not be loaded', 'the server answered 404');
    expect(toWire(result)).toBe(result);
  });
});

describe('answerLoadRequest', () => {
  it('reports download and check progress, sends events in runs, then the rest', async () => {
    const dataset = bigDataset(EVENTS_PER_MESSAGE + 10);
    const messages = await answer(request(), serve(dataset, { chunk: 4096 }));
    const phases = messages
      .filter((m) => m.type === 'progress')
      .map((m) => m.progress.phase)
      .filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['download', 'check', 'cross-check']);
    const download = messages.flatMap((m) =>
      m.type === 'progress' && m.progress.phase === 'download' ? [m.progress] : [],
    );
    const size = new TextEncoder().encode(JSON.stringify(dataset)).length;
    expect(download.at(-1)).toMatchObject({ phase: 'download', received: size, total: size });
    const runs = messages.flatMap((m) => (m.type === 'events' ? [m] : []));
    expect(runs.map((r) => [r.from, r.count])).toEqual([
      [0, EVENTS_PER_MESSAGE],
      [EVENTS_PER_MESSAGE, dataset.events.length - EVENTS_PER_MESSAGE],
    ]);
    expect(runs.flatMap((r) => JSON.parse(r.json) as unknown[])).toEqual(dataset.events);
    const { events, ...head } = dataset;
    expect(messages.at(-1)).toEqual({
      type: 'done',
      result: { ok: true, head, eventCount: events.length },
    });
  });

  it('sends no events for a file with problems, and the problems counted', async () => {
    const dataset = bigDataset(10);
    dataset.events[12]!.date = '2019-02-30';
    const messages = await answer(request(), serve(dataset));
    expect(messages.some((m) => m.type === 'events')).toBe(false);
    const done = messages.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      result: {
        ok: false,
        title: 'The dataset does not follow the format',
        problems: [{ path: 'events[12].date', message: 'not a valid date' }],
        summary: { total: 1 },
      },
    });
  });

  it('answers a refused URL at once, without fetching', async () => {
    const fetchImpl = serve(makeDataset());
    const messages = await answer(request('https://evil.example/x.json'), fetchImpl);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      type: 'done',
      result: { ok: false, title: 'The dataset could not be loaded' },
    });
  });
});

describe('receive', () => {
  const { meta, issues, actors, summits } = makeDataset();
  const head = { meta, issues, actors, summits };
  const run = (from: number, events: DisputeEvent[]): WorkerMessage => ({
    type: 'events',
    from,
    count: events.length,
    json: JSON.stringify(events),
  });

  it('passes progress on, keeps events, and gives the dataset at the end', () => {
    const assembly: Assembly = { events: [] };
    const [a, b, c] = makeDataset().events;
    expect(
      receive(assembly, { type: 'progress', progress: { phase: 'check', checked: 1, total: 3 } }),
    ).toEqual({ progress: { phase: 'check', checked: 1, total: 3 } });
    expect(receive(assembly, run(0, [a!, b!]))).toBeNull();
    expect(receive(assembly, run(2, [c!]))).toBeNull();
    expect(receive(assembly, { type: 'done', result: { ok: true, head, eventCount: 3 } })).toEqual({
      result: { ok: true, dataset: { ...head, events: [a, b, c] } },
    });
    expect(assembly.events).toEqual([]);
  });

  it('starts again from nothing when the worker reads the file again', () => {
    const [a, b] = makeDataset().events;
    const assembly: Assembly = { events: [] };
    receive(assembly, run(0, [a!]));
    expect(receive(assembly, { type: 'restart' })).toBeNull();
    expect(receive(assembly, run(0, [b!]))).toBeNull();
    expect(assembly.events).toEqual([b]);
  });

  it('refuses events out of order', () => {
    const assembly: Assembly = { events: [] };
    const step = receive(assembly, run(5, []));
    expect(step).toEqual({
      result: failure(
        'The dataset could not be loaded',
        'the loader sent events from 5, expected 0',
      ),
    });
  });

  it('refuses a run with fewer events than it announces', () => {
    const step = receive({ events: [] }, { type: 'events', from: 0, count: 2, json: '[]' });
    expect(step).toEqual({
      result: failure(
        'The dataset could not be loaded',
        'the loader sent a run of events that was cut short',
      ),
    });
  });

  it('refuses a dataset with events missing', () => {
    const step = receive(
      { events: [] },
      { type: 'done', result: { ok: true, head, eventCount: 2 } },
    );
    expect(step).toEqual({
      result: failure('The dataset could not be loaded', 'the loader sent 0 of 2 events'),
    });
  });

  it('drops the events kept so far when the file fails', () => {
    const assembly: Assembly = { events: makeDataset().events };
    const result = {
      ok: false as const,
      title: 'The dataset does not follow the format',
      problems: [{ path: 'events[0].date', message: 'not a valid date' }],
    };
    expect(receive(assembly, { type: 'done', result })).toEqual({ result });
    expect(assembly.events).toEqual([]);
  });
});

/** A stand-in for the worker that runs the worker's code in this thread, cloning every message. */
function inThreadWorker(fetchImpl: typeof fetch) {
  const worker: WorkerLike & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      void answerLoadRequest(
        structuredClone(message),
        (m) => {
          if (!worker.terminated)
            worker.onmessage?.(new MessageEvent('message', { data: structuredClone(m) }));
        },
        { fetch: fetchImpl, now: () => performance.now() },
      );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('loadInWorker', () => {
  it('gives the dataset as loaded and checked by the worker, with its progress, then stops the worker', async () => {
    const dataset = bigDataset(EVENTS_PER_MESSAGE * 2 + 1);
    const worker = inThreadWorker(serve(dataset));
    const phases = new Set<string>();
    const load = loadInWorker(
      'data/mine.json',
      page,
      (p) => phases.add(p.phase),
      () => worker,
    );
    expect(await load.result).toEqual({ ok: true, dataset });
    expect([...phases]).toEqual(['download', 'check', 'cross-check']);
    expect(worker.terminated).toBe(true);
  });

  it('started before anything shows it, hands its latest progress to whoever follows it, then the rest', async () => {
    const dataset = bigDataset(EVENTS_PER_MESSAGE * 2 + 1);
    let answer: (response: Response) => void = () => {};
    const worker = inThreadWorker(
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const load = loadInWorker('data/mine.json', page, null, () => worker);
    const seen: string[] = [];
    load.follow((p) => seen.push(p.phase));
    expect(seen).toEqual([]); // nothing yet: the file has not come
    answer(await serve(dataset)());
    expect(await load.result).toEqual({ ok: true, dataset });
    expect(seen.at(-1)).toBe('cross-check');
    // a later follower starts from where the load got to
    const late: string[] = [];
    load.follow((p) => late.push(p.phase));
    expect(late).toEqual(['cross-check']);
  });

  it('gives the problems of a file that fails', async () => {
    const dataset = bigDataset(3);
    dataset.events[0]!.actors = ['nobody'];
    const load = loadInWorker(
      'x.json',
      page,
      () => {},
      () => inThreadWorker(serve(dataset)),
    );
    expect(await load.result).toMatchObject({
      ok: false,
      problems: [{ path: 'events[0].actors[0]', message: 'unknown actor “nobody”' }],
    });
  });

  it('on cancel, stops the worker at once and gives null', async () => {
    const worker = inThreadWorker(vi.fn(() => new Promise<Response>(() => {})));
    const load = loadInWorker(
      'slow.json',
      page,
      () => {},
      () => worker,
    );
    load.cancel();
    expect(worker.terminated).toBe(true);
    expect(await load.result).toBeNull();
  });

  it('says so when the worker stops with an error', async () => {
    const worker = inThreadWorker(vi.fn(() => new Promise<Response>(() => {})));
    const load = loadInWorker(
      'x.json',
      page,
      () => {},
      () => worker,
    );
    worker.onerror?.(new ErrorEvent('error', { message: 'out of memory' }));
    expect(await load.result).toEqual(
      failure('The dataset could not be loaded', 'the loader stopped (out of memory)'),
    );
    expect(worker.terminated).toBe(true);
  });

  it('says so when the worker cannot start', async () => {
    const load = loadInWorker(
      'x.json',
      page,
      () => {},
      () => {
        throw new Error('blocked by CSP');
      },
    );
    expect(await load.result).toEqual(
      failure(
        'The dataset could not be loaded',
        'the loader could not start (Error: blocked by CSP)',
      ),
    );
  });
});
