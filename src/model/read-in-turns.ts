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
 * The body's text, each piece decoded in a turn of its own. Non-UTF-8 bytes become U+FFFD,
 * as `response.json()` and `text()` do.
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
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (text) await onPiece(text);
    if (done) return;
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
