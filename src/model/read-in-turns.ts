/**
 * Reading a JSON file on the page's thread without one long task. `response.json()` decodes
 * and parses the whole file in one go: for the bundled dataset (some 650 KB) that was a task
 * of about 30 ms at start on the reference machine. Here each piece of the body is decoded
 * as it arrives and the dataset's events are parsed a run at a time, with the page given a
 * turn (input, a frame) between them.
 */
import { createEventSplitter } from './json-split';
import { nextTask } from './next-task';

/** Events parsed in one turn: some 1–2 ms of work each. */
export const EVENTS_PER_TURN = 40;
/**
 * The most bytes decoded (and split) in one turn. The network may hand over the whole file
 * in one piece (the bundled dataset, 650 KB, from a cache or a near server): decoded and
 * scanned at once, that was a task of 10–15 ms, 40–60 under Lighthouse's slowed CPU.
 */
export const BYTES_PER_TURN = 32 * 1024;

/**
 * The body's text, each piece of at most BYTES_PER_TURN decoded in a turn of its own.
 * Non-UTF-8 bytes become U+FFFD, as `response.json()` and `text()` do.
 */
export async function textInTurns(
  response: Response,
  onPiece: (text: string) => Promise<void> | void,
  turn: () => Promise<void> = nextTask,
): Promise<void> {
  if (!response.body) {
    await onPiece(await response.text());
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      const text = decoder.decode();
      if (text) await onPiece(text);
      return;
    }
    for (let at = 0; at < value.length; at += BYTES_PER_TURN) {
      if (at > 0) await turn();
      const text = decoder.decode(value.subarray(at, at + BYTES_PER_TURN), { stream: true });
      if (text) await onPiece(text);
    }
    await turn();
  }
}

/**
 * A JSON object with an "events" array (the dataset), parsed in turns: the events a run at
 * a time, then the rest. Anything the splitter does not expect and the whole text is parsed
 * at once instead, as `response.json()` would (with its error for text that is not JSON).
 */
export async function eventsFileInTurns(
  response: Response,
  turn: () => Promise<void> = nextTask,
  eventsPerTurn = EVENTS_PER_TURN,
): Promise<unknown> {
  const splitter = createEventSplitter(eventsPerTurn);
  const pieces: string[] = [];
  const events: unknown[] = [];
  await textInTurns(
    response,
    async (text) => {
      pieces.push(text);
      if (splitter.gaveUp) return;
      const runs = splitter.push(text);
      for (let i = 0; i < runs.length; i++) {
        if (i > 0) await turn();
        // one at a time: spreading a long run into push() could overflow the stack
        for (const event of JSON.parse(`[${runs[i]}]`) as unknown[]) events.push(event);
      }
    },
    turn,
  );
  const head = splitter.gaveUp ? null : splitter.end();
  if (head === null) return JSON.parse(pieces.join(''));
  await turn();
  const json = JSON.parse(head) as { events?: unknown };
  if (typeof json !== 'object' || json === null || !Array.isArray(json.events))
    return JSON.parse(pieces.join(''));
  json.events = events;
  return json;
}
