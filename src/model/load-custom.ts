/**
 * Loading a dataset named by ?data=: same origin only, size-limited, time-limited,
 * parsed and fully validated, reporting progress on the way. It runs in a worker
 * (./load.worker.ts), so neither a large file nor zod ever holds up the page.
 */
import { checkDataset } from './check-dataset';
import { failure, type LoadResult } from './load';
import type { DisputeEvent } from './schema';

/** Datasets over this size are refused before parsing, so a huge file cannot freeze the tab. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
export const LOAD_TIMEOUT_MS = 20_000;

type Fetch = typeof fetch;

/** How far a load has got: bytes while downloading, then events while checking. */
export type LoadProgress =
  | { phase: 'download'; received: number; total: number | null }
  | { phase: 'parse' }
  | { phase: 'check'; checked: number; total: number }
  | { phase: 'cross-check'; events: number };

export interface LoadHooks {
  onProgress?: (progress: LoadProgress) => void;
  /** valid events as they are checked, while the file has no problem so far (see checkDataset) */
  onValidEvents?: (events: DisputeEvent[], from: number) => void;
  /** events per progress report and per run handed to onValidEvents */
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

async function readLimited(
  response: Response,
  onBytes: (received: number, total: number | null) => void,
): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_DATASET_BYTES) return null;
  if (!response.body) {
    const text = await response.text();
    return text.length > MAX_DATASET_BYTES ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
    // a compressed response declares fewer bytes than arrive: then the total is unknown
    onBytes(size, declared > 0 && declared >= size ? declared : null);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Loads, parses and validates a dataset from a URL. Never throws. */
export async function loadCustomDataset(
  rawUrl: string,
  pageUrl: string,
  fetchImpl: Fetch = fetch,
  timeoutMs = LOAD_TIMEOUT_MS,
  hooks: LoadHooks = {},
): Promise<LoadResult> {
  const { onProgress, onValidEvents, eventsPerStep } = hooks;
  const title = 'The dataset could not be loaded';
  const resolved = resolveDataUrl(rawUrl, pageUrl);
  if (!resolved.ok) return failure(title, resolved.message, 'data');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string | null;
  try {
    const response = await fetchImpl(resolved.url, {
      signal: controller.signal,
      credentials: 'same-origin',
    });
    if (!response.ok)
      return failure(title, `the server answered ${response.status} ${response.statusText}`.trim());
    text = await readLimited(response, (received, total) =>
      onProgress?.({ phase: 'download', received, total }),
    );
  } catch (error) {
    const aborted = controller.signal.aborted;
    return failure(
      title,
      aborted
        ? `no answer within ${timeoutMs / 1000} seconds`
        : `the request failed (${String(error)})`,
    );
  } finally {
    clearTimeout(timer);
  }
  if (text === null)
    return failure(title, `the file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB`);
  onProgress?.({ phase: 'parse' });
  let json: unknown;
  try {
    json = JSON.parse(text);
    text = null; // let the text go before the checks make their copy of the data
  } catch (error) {
    return failure(
      'The dataset is not valid JSON',
      error instanceof Error ? error.message : String(error),
    );
  }
  const events = (json as { events?: unknown } | null)?.events;
  const result = checkDataset(json, {
    onProgress: (checked, total) => onProgress?.({ phase: 'check', checked, total }),
    onCrossCheck: () =>
      onProgress?.({ phase: 'cross-check', events: Array.isArray(events) ? events.length : 0 }),
    ...(onValidEvents && { onValidEvents }),
    ...(eventsPerStep && { progressEvery: eventsPerStep }),
  });
  if (!result.ok)
    return {
      ok: false,
      title: 'The dataset does not follow the format',
      problems: result.problems,
      summary: result.summary,
    };
  return { ok: true, dataset: result.data };
}
