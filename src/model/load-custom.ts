/**
 * Loading a dataset named by ?data=: same origin only, size-limited, time-limited,
 * parsed and fully validated, reporting progress on the way. It runs in a worker
 * (./load.worker.ts), so neither a large file nor zod ever holds up the page.
 *
 * The events are parsed and checked while the file downloads, a run at a time, as
 * ./json-split.ts finds them in the text; anything unusual about the file and it is
 * parsed whole once it has arrived, as it always was.
 */
import { createDatasetChecker, type CheckOptions } from './check-dataset';
import { createEventSplitter } from './json-split';
import { failure, type LoadResult } from './load';
import type { DisputeEvent } from './schema';

/** Datasets over this size are refused before parsing, so a huge file cannot freeze the tab. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
/** How long the server may take to answer and send the file (time spent checking excluded). */
export const LOAD_TIMEOUT_MS = 20_000;
/** Events parsed and checked at a time while the file downloads. */
export const EVENTS_PER_RUN = 2_000;

type Fetch = typeof fetch;

/** How far a load has got: bytes (and events checked so far) while downloading, then events. */
export type LoadProgress =
  | { phase: 'download'; received: number; total: number | null; checked: number }
  | { phase: 'parse' }
  | { phase: 'check'; checked: number; total: number }
  | { phase: 'cross-check'; events: number };

export interface LoadHooks {
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Valid events as they are checked, while the file has no problem so far (see
   * checkDataset). `json`, when given, is their text as the file wrote it, which parses to
   * the same values (checked: the file gave them no field the format does not know).
   */
  onValidEvents?: (events: DisputeEvent[], from: number, json?: string) => void;
  /** the events handed on so far are void: the file is being read again from the start */
  onRestart?: () => void;
  /** events per run handed to onValidEvents (and per progress report) */
  eventsPerStep?: number;
}

/** Resolves a ?data= value against the page; only same-origin http(s) URLs are allowed. */
export function resolveDataUrl(
  raw: string,
  pageUrl: string,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { ok: false, message: `“${raw.slice(0, 80)}” is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: 'only http(s) URLs can be loaded' };
  if (url.origin !== new URL(pageUrl).origin) {
    return {
      ok: false,
      message: `datasets are only loaded from this site (${new URL(pageUrl).origin}); the page sends no request to other sites. Copy the file next to the dashboard and link it by its path.`,
    };
  }
  return { ok: true, url: url.href };
}

/**
 * Why a response cannot be used because the server sent the request elsewhere, or null.
 * With `redirect: 'manual'` a browser gives an opaque redirect and Node the 3xx itself; a
 * final address on another origin (a fetch that followed anyway) is refused too.
 */
export function redirected(response: Response, pageUrl: string): string | null {
  const redirect =
    response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  let elsewhere = false;
  try {
    elsewhere = response.url !== '' && new URL(response.url).origin !== new URL(pageUrl).origin;
  } catch {
    elsewhere = true;
  }
  if (!redirect && !elsewhere) return null;
  return 'the server redirected the request to another address, which the page does not follow: datasets are loaded only from the address given. Link the file by its own path.';
}

/** The file is not UTF-8: reported as such rather than shown with replacement characters. */
class NotUtf8 extends Error {
  constructor() {
    super(
      'the file is not UTF-8 text: some of its bytes are in another encoding (Shift_JIS, EUC-KR or UTF-16, for example). Save it as UTF-8 and load it again.',
    );
  }
}

/** A time limit that counts only the time spent waiting for the server. */
function networkDeadline(controller: AbortController, ms: number) {
  let left = ms;
  let since: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    waiting() {
      since = performance.now();
      timer = setTimeout(() => controller.abort(), Math.max(0, left));
    },
    working() {
      if (since === null) return;
      clearTimeout(timer);
      left -= performance.now() - since;
      since = null;
    },
  };
}

/**
 * Reads the body, giving each decoded piece to `onPiece` as it arrives; returns all the
 * pieces, or null past the size limit.
 */
async function readLimited(
  response: Response,
  deadline: ReturnType<typeof networkDeadline>,
  onPiece: (text: string, received: number, total: number | null) => void,
): Promise<string[] | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_DATASET_BYTES) return null;
  if (!response.body) {
    deadline.waiting();
    const bytes = new Uint8Array(await response.arrayBuffer());
    deadline.working();
    if (bytes.byteLength > MAX_DATASET_BYTES) return null;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new NotUtf8();
    }
    onPiece(text, text.length, text.length);
    return [text];
  }
  const reader = response.body.getReader();
  // decoded as it arrives, so that the decoding overlaps the download instead of following
  // it; `fatal`, so that bytes of another encoding are an error, not U+FFFD in the titles
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = async (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      await reader.cancel();
      throw new NotUtf8();
    }
  };
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    deadline.waiting();
    const { done, value } = await reader.read();
    deadline.working();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      await reader.cancel();
      return null;
    }
    const piece = await decode(value);
    parts.push(piece);
    // a compressed response declares fewer bytes than arrive: then the total is unknown
    onPiece(piece, size, declared > 0 && declared >= size ? declared : null);
  }
  const last = await decode();
  if (last) {
    parts.push(last);
    onPiece(last, size, size);
  }
  return parts;
}

/**
 * True when `input` has no field that `output` (what the schema made of it, which drops
 * fields it does not know) lacks, at any depth: then the two are the same values.
 */
export function nothingMore(input: unknown, output: unknown): boolean {
  if (typeof input !== 'object' || input === null) return true;
  if (typeof output !== 'object' || output === null) return false;
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || input.length !== output.length) return false;
    for (let i = 0; i < input.length; i++) if (!nothingMore(input[i], output[i])) return false;
    return true;
  }
  const inputKeys = Object.keys(input);
  if (inputKeys.length !== Object.keys(output).length) return false;
  for (const key of inputKeys) {
    if (!Object.hasOwn(output, key)) return false;
    const value = (input as Record<string, unknown>)[key];
    if (typeof value === 'object' && value !== null)
      if (!nothingMore(value, (output as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Loads, parses and validates a dataset from a URL. Never throws. */
export async function loadCustomDataset(
  rawUrl: string,
  pageUrl: string,
  fetchImpl: Fetch = fetch,
  timeoutMs = LOAD_TIMEOUT_MS,
  hooks: LoadHooks = {},
): Promise<LoadResult> {
  const { onProgress, onValidEvents, onRestart } = hooks;
  const runSize = hooks.eventsPerStep ?? EVENTS_PER_RUN;
  const title = 'The dataset could not be loaded';
  const resolved = resolveDataUrl(rawUrl, pageUrl);
  if (!resolved.ok) return failure(title, resolved.message, 'data');

  let handedOn = false;
  const options: CheckOptions = {
    progressEvery: runSize,
    onProgress: (checked, total) => onProgress?.({ phase: 'check', checked, total }),
    onCrossCheck: (events) => onProgress?.({ phase: 'cross-check', events }),
    ...(onValidEvents && {
      onValidEvents: (events: DisputeEvent[], from: number) => {
        handedOn = true;
        const same =
          read !== null &&
          read.parsed.length === events.length &&
          read.parsed.every((e, i) => nothingMore(e, events[i]));
        onValidEvents(events, from, same ? `[${read!.text}]` : undefined);
      },
    }),
  };
  /** The run being checked: as written, and as JSON.parse read it. */
  let read: { text: string; parsed: unknown[] } | null = null;
  let checker = createDatasetChecker(options);
  const splitter = createEventSplitter(runSize);
  let streaming = true;
  const checkRun = (run: string) => {
    let events: unknown[];
    try {
      events = JSON.parse(`[${run}]`) as unknown[];
    } catch {
      streaming = false; // parsed whole below, for JSON.parse's own message
      return;
    }
    read = { text: run, parsed: events };
    checker.addEvents(events);
    read = null;
  };
  const onPiece = (piece: string, received: number, total: number | null) => {
    if (streaming) {
      for (const run of splitter.push(piece)) if (streaming) checkRun(run);
      if (splitter.gaveUp) streaming = false;
    }
    onProgress?.({ phase: 'download', received, total, checked: checker.checked });
  };

  const controller = new AbortController();
  const deadline = networkDeadline(controller, timeoutMs);
  let parts: string[] | null;
  try {
    deadline.waiting();
    const response = await fetchImpl(resolved.url, {
      signal: controller.signal,
      credentials: 'same-origin',
      // The origin was checked before the request; a redirect would go around that check
      // (to another site, or to another origin's file on this host), so none is followed.
      redirect: 'manual',
    });
    deadline.working();
    const moved = redirected(response, pageUrl);
    if (moved) return failure(title, moved);
    if (!response.ok)
      return failure(title, `the server answered ${response.status} ${response.statusText}`.trim());
    parts = await readLimited(response, deadline, onPiece);
  } catch (error) {
    const aborted = controller.signal.aborted;
    if (error instanceof NotUtf8) return failure(title, error.message);
    return failure(
      title,
      aborted
        ? `no answer within ${timeoutMs / 1000} seconds`
        : `the request failed (${String(error)})`,
    );
  } finally {
    deadline.working();
  }
  if (parts === null)
    return failure(title, `the file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB`);

  let json: unknown;
  let head = streaming ? splitter.end() : null;
  if (head !== null) {
    try {
      json = JSON.parse(head);
      onProgress?.({ phase: 'check', checked: checker.checked, total: checker.checked });
    } catch {
      head = null;
    }
  }
  if (head === null) {
    // the whole text at once, as it always was
    if (handedOn) onRestart?.();
    handedOn = false;
    checker = createDatasetChecker(options);
    onProgress?.({ phase: 'parse' });
    try {
      json = JSON.parse(parts.join(''));
    } catch (error) {
      return failure(
        'The dataset is not valid JSON',
        error instanceof Error ? error.message : String(error),
      );
    }
  }
  parts = null; // let the text go before the checks make their copy of the data
  const result = checker.finish(json);
  if (!result.ok)
    return {
      ok: false,
      title: 'The dataset does not follow the format',
      problems: result.problems,
      summary: result.summary,
    };
  return { ok: true, dataset: result.data };
}
