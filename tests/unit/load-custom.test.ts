import { describe, expect, it, vi } from 'vitest';
import { failure, loadBundledDataset } from '../../src/model/load';
import {
  nothingMore,
  loadCustomDataset,
  MAX_DATASET_BYTES,
  resolveDataUrl,
  type LoadHooks,
  type LoadProgress,
} from '../../src/model/load-custom';
import type { DisputeEvent } from '../../src/model/schema';
import { makeDataset, makeEvent } from '../fixtures/make';

const page = 'https://tracker.example/app/?data=x';

/** A fetch that records its calls and answers with `respond`. */
function fakeFetch(respond: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(respond(String(input), init)),
  );
}

const json = (value: unknown, init?: ResponseInit) => new Response(JSON.stringify(value), init);

describe('resolveDataUrl', () => {
  it.each([
    ['data/mine.json', 'https://tracker.example/app/data/mine.json'],
    ['/other/mine.json', 'https://tracker.example/other/mine.json'],
    ['https://tracker.example/x.json?v=2', 'https://tracker.example/x.json?v=2'],
  ])('resolves %s on this site', (raw, url) => {
    expect(resolveDataUrl(raw, page)).toEqual({ ok: true, url });
  });

  it.each([
    [
      'another site',
      'https://evil.example/data.json',
      /only loaded from this site \(https:\/\/tracker\.example\)/,
    ],
    ['the same host over http', 'http://tracker.example/data.json', /only loaded from this site/],
    [
      'a protocol-relative URL to another site',
      '//evil.example/data.json',
      /only loaded from this site/,
    ],
    ['javascript:', 'javascript:alert(1)', /^only http\(s\) URLs can be loaded$/],
    ['data:', 'data:application/json,{}', /^only http\(s\) URLs can be loaded$/],
    ['something that is not a URL', 'http://[oops', /^“http:\/\/\[oops” is not a URL$/],
  ])('refuses %s', (_name, raw, message) => {
    const result = resolveDataUrl(raw, page);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});

describe('loadCustomDataset', () => {
  it('loads and validates a dataset from this site, same-origin credentials only', async () => {
    const dataset = makeDataset();
    const fetchImpl = fakeFetch(() => json(dataset));
    const result = await loadCustomDataset('data/mine.json', page, fetchImpl);
    expect(result).toEqual({ ok: true, dataset });
    expect(fetchImpl).toHaveBeenCalledOnce();
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('https://tracker.example/app/data/mine.json');
    expect(init).toMatchObject({ credentials: 'same-origin' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    [
      'another site',
      'https://evil.example/data.json',
      /datasets are only loaded from this site \(https:\/\/tracker\.example\)/,
    ],
    ['a javascript: URL', 'javascript:alert(document.cookie)', /only http\(s\) URLs/],
  ])('refuses %s without sending a request', async (_name, raw, message) => {
    const fetchImpl = fakeFetch(() => json(makeDataset()));
    const result = await loadCustomDataset(raw, page, fetchImpl);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, title: 'The dataset could not be loaded' });
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'data', message: expect.stringMatching(message) },
    ]);
  });

  it('reports an HTTP error with its status', async () => {
    const fetchImpl = fakeFetch(
      () => new Response('gone', { status: 404, statusText: 'Not Found' }),
    );
    const result = await loadCustomDataset('missing.json', page, fetchImpl);
    expect(result).toEqual(
      failure('The dataset could not be loaded', 'the server answered 404 Not Found'),
    );
  });

  it('gives up when there is no answer in time, aborting the request', async () => {
    let signal: AbortSignal | undefined;
    const never = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const result = await loadCustomDataset('slow.json', page, never, 5);
    expect(signal?.aborted).toBe(true);
    expect(result).toMatchObject({ ok: false, title: 'The dataset could not be loaded' });
    expect(result.ok ? '' : result.problems[0]?.message).toBe('no answer within 0.005 seconds');
  });

  it('reports a failed request', async () => {
    const fetchImpl = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await loadCustomDataset('x.json', page, fetchImpl);
    expect(result.ok ? '' : result.problems[0]?.message).toBe(
      'the request failed (TypeError: Failed to fetch)',
    );
  });

  it('reports a file that is not JSON', async () => {
    const fetchImpl = fakeFetch(() => new Response('{"meta": '));
    const result = await loadCustomDataset('x.json', page, fetchImpl);
    expect(result).toMatchObject({ ok: false, title: 'The dataset is not valid JSON' });
    expect(result.ok ? [] : result.problems).toHaveLength(1);
  });

  it('refuses a file whose declared size is over the limit, without reading it', async () => {
    let pulled = false;
    // highWaterMark 0: the stream is only pulled when someone reads it
    const body = new ReadableStream<Uint8Array>(
      {
        pull: () => {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const fetchImpl = fakeFetch(
      () => new Response(body, { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }),
    );
    const result = await loadCustomDataset('huge.json', page, fetchImpl);
    expect(result).toEqual(
      failure('The dataset could not be loaded', 'the file is larger than 64 MB'),
    );
    expect(pulled).toBe(false);
  });

  it('stops reading a stream that grows over the limit without a declared size', async () => {
    const chunk = new Uint8Array(4 * 1024 * 1024);
    let sent = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await loadCustomDataset(
      'endless.json',
      page,
      fakeFetch(() => new Response(body)),
    );
    expect(result.ok ? '' : result.problems[0]?.message).toBe('the file is larger than 64 MB');
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThanOrEqual(MAX_DATASET_BYTES + 2 * chunk.byteLength);
  });

  it('accepts a file exactly at a declared size under the limit', async () => {
    const text = JSON.stringify(makeDataset());
    const fetchImpl = fakeFetch(
      () =>
        new Response(text, {
          headers: { 'content-length': String(new TextEncoder().encode(text).byteLength) },
        }),
    );
    expect((await loadCustomDataset('x.json', page, fetchImpl)).ok).toBe(true);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const dataset = makeDataset();
    const bytes = new TextEncoder().encode(JSON.stringify(dataset));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // one byte per chunk splits every multi-byte character (日本政府, Kōno)
        for (let i = 0; i < bytes.length; i += 1) controller.enqueue(bytes.slice(i, i + 1));
        controller.close();
      },
    });
    const result = await loadCustomDataset(
      'x.json',
      page,
      fakeFetch(() => new Response(body)),
    );
    expect(result).toEqual({ ok: true, dataset });
  });

  it('reports a JSON file that is not a dataset with its problems', async () => {
    const bad = { ...makeDataset(), issues: [] };
    const result = await loadCustomDataset(
      'x.json',
      page,
      fakeFetch(() => json(bad)),
    );
    expect(result).toMatchObject({ ok: false, title: 'The dataset does not follow the format' });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['issues']);
  });
});

describe('loadCustomDataset progress', () => {
  const load = async (response: Response, hooks: LoadHooks = {}) => {
    const seen: LoadProgress[] = [];
    const result = await loadCustomDataset(
      'x.json',
      page,
      fakeFetch(() => response),
      1000,
      {
        onProgress: (p) => seen.push(p),
        ...hooks,
      },
    );
    return { seen, result };
  };
  const chunked = (text: string, size: number) => {
    const bytes = new TextEncoder().encode(text);
    return new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
        controller.close();
      },
    });
  };
  /** The fixture with `n` more events, as JSON text. */
  const withEvents = (n: number) => {
    const d = structuredClone(makeDataset());
    for (let i = 0; i < n; i++) d.events.push(makeEvent({ id: `extra-${i}`, label: `Extra ${i}` }));
    return d;
  };

  it('counts bytes against the declared size and events checked as they arrive', async () => {
    const dataset = withEvents(46);
    const text = JSON.stringify(dataset);
    const size = new TextEncoder().encode(text).length;
    const runs: [number, number][] = [];
    const { seen, result } = await load(
      new Response(chunked(text, 1000), { headers: { 'content-length': String(size) } }),
      { eventsPerStep: 10, onValidEvents: (events, from) => runs.push([from, events.length]) },
    );
    expect(result).toEqual({ ok: true, dataset });
    const downloads = seen.filter((p) => p.phase === 'download');
    expect(downloads[0]).toEqual({ phase: 'download', received: 1000, total: size, checked: 0 });
    expect(downloads.at(-1)).toMatchObject({ phase: 'download', received: size, total: size });
    // checked while the file was still arriving
    expect(
      downloads.some((p) => p.phase === 'download' && p.checked > 0 && p.received < size),
    ).toBe(true);
    expect(seen.slice(downloads.length)).toEqual([
      { phase: 'check', checked: 50, total: 50 },
      { phase: 'cross-check', events: 50 },
    ]);
    expect(runs).toEqual([
      [0, 10],
      [10, 10],
      [20, 10],
      [30, 10],
      [40, 10],
    ]);
  });

  it('hands on the file’s own text of a run when it says no more than the checked events', async () => {
    const dataset = withEvents(16);
    dataset.events[13] = { ...dataset.events[13]!, extra: 'not in the format' } as never;
    const text = JSON.stringify(dataset, null, 1);
    const runs: { from: number; json?: string; events: DisputeEvent[] }[] = [];
    const { result } = await load(new Response(chunked(text, 700)), {
      eventsPerStep: 10,
      onValidEvents: (events, from, json) => runs.push({ from, events, ...(json && { json }) }),
    });
    expect(runs.map((r) => [r.from, r.json !== undefined])).toEqual([
      [0, true],
      [10, false], // events[13] has a field the format drops
    ]);
    for (const run of runs) if (run.json) expect(JSON.parse(run.json)).toEqual(run.events);
    expect(result.ok && 'extra' in result.dataset.events[13]!).toBe(false);
  });

  it('leaves the total unknown when more bytes arrive than were declared (a compressed response)', async () => {
    const { seen } = await load(
      new Response(chunked(JSON.stringify(makeDataset()), 1000), {
        headers: { 'content-length': '1500' },
      }),
    );
    const downloads = seen.filter((p) => p.phase === 'download');
    expect(downloads[0]).toEqual({ phase: 'download', received: 1000, total: 1500, checked: 0 });
    expect(downloads[1]).toMatchObject({ received: 2000, total: null });
  });

  it('reads an unusual file whole once it has arrived, voiding the events it handed on', async () => {
    // "events" twice: JSON.parse keeps the last, so the first ones handed on do not count
    const first = withEvents(30);
    const last = makeDataset();
    const text = `${JSON.stringify(first).slice(0, -1)},"events":${JSON.stringify(last.events)}}`;
    const calls: string[] = [];
    const { seen, result } = await load(new Response(chunked(text, 500)), {
      eventsPerStep: 10,
      onValidEvents: (_events, from) => calls.push(`events from ${from}`),
      onRestart: () => calls.push('restart'),
    });
    expect(result).toEqual({ ok: true, dataset: { ...first, events: last.events } });
    expect(calls).toEqual([
      'events from 0',
      'events from 10',
      'events from 20',
      'restart',
      'events from 0',
    ]);
    expect(seen.filter((p) => p.phase !== 'download').map((p) => p.phase)).toEqual([
      'parse',
      'check',
      'cross-check',
    ]);
  });

  it('gives JSON.parse’s own message for broken JSON found while streaming', async () => {
    const text = JSON.stringify(withEvents(30)).replace('"extra-12"', '"extra-12" oops');
    const { result } = await load(new Response(chunked(text, 500)), { eventsPerStep: 10 });
    expect(result).toMatchObject({ ok: false, title: 'The dataset is not valid JSON' });
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(result.ok ? '' : result.problems[0]?.message).toBe(message);
  });

  it('does not count time spent checking against the time limit', async () => {
    const text = JSON.stringify(withEvents(200));
    // a 1 ms limit: only waiting for the (instant) stream counts
    const result = await loadCustomDataset(
      'x.json',
      page,
      fakeFetch(() => new Response(chunked(text, 200))),
      1,
    );
    expect(result.ok).toBe(true);
  });
});

describe('nothingMore', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['equal objects', { a: 1, b: [{ c: 2 }] }, { b: [{ c: 2 }], a: 1 }, true],
    ['a field the output dropped', { a: 1, x: 2 }, { a: 1 }, false],
    ['one dropped deep inside', { a: [{ c: 2, x: 1 }] }, { a: [{ c: 2 }] }, false],
    ['lists of different lengths', { a: [1, 2] }, { a: [1] }, false],
    ['primitives', 'x', 'x', true],
    ['an object where the output has none', { a: {} }, { a: null }, false],
  ])('%s', (_name, input, output, expected) => {
    expect(nothingMore(input, output)).toBe(expected);
  });
});

describe('loadBundledDataset', () => {
  it('loads data/dataset.json next to the app', async () => {
    const dataset = makeDataset();
    const fetchImpl = fakeFetch(() => json(dataset));
    expect(await loadBundledDataset('/base/', fetchImpl)).toEqual({ ok: true, dataset });
    expect(fetchImpl.mock.calls[0]![0]).toBe('/base/data/dataset.json');
  });

  it('reports an HTTP error', async () => {
    const result = await loadBundledDataset(
      '/',
      fakeFetch(() => new Response('', { status: 500 })),
    );
    expect(result).toEqual(
      failure('The bundled dataset could not be loaded', 'the server answered 500'),
    );
  });
});
