/**
 * Splits the JSON text of a dataset, piece by piece as it arrives, into runs of elements of
 * its top-level "events" array and the rest (the head, with `"events":[]`), so that events
 * can be parsed and checked while the file is still downloading.
 *
 * It only finds where things start and end (strings, nesting, the commas between events);
 * JSON.parse still reads every value. Anything it does not expect — a top-level value that
 * is not an object, "events" twice or not an array, a key written with escapes, a stray
 * comma — makes it give up, and the caller parses the whole text as before (which also
 * gives JSON.parse's own message for a file that is not JSON).
 */
export interface EventSplitter {
  /**
   * The next piece of text; returns the runs of events it completed, each the text of up
   * to `runSize` events as written in the file, commas between: `[${run}]` parses to them.
   */
  push(text: string): string[];
  /** After the last piece: the head's text, or null when the whole text must be parsed instead. */
  end(): string | null;
  /** True once it has given up (then `push` returns nothing more). */
  readonly gaveUp: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** How many backslashes come right before `at`, not looking before `from`. */
function backslashesBefore(text: string, at: number, from: number): number {
  let n = 0;
  for (let k = at - 1; k >= from && text.charCodeAt(k) === BACKSLASH; k--) n++;
  return n;
}

export function createEventSplitter(runSize: number): EventSplitter {
  let depth = 0;
  let inString = false;
  let escaped = false; // the next character is escaped (a backslash ended the last piece)
  let gaveUp = false;
  let closed = false; // the top-level object has ended
  // keys of the top-level object
  let expectKey = false;
  let readingKey = false;
  let keyCarry = '';
  let key = '';
  let eventsNext = false; // the value about to start is that of "events"
  let eventsSeen = false;
  // inside the events array
  let inEvents = false;
  let inElement = false; // an event has started and not yet ended
  let needElement = false; // after a comma: another event must follow
  let runCarry: string | null = null; // the current run's text from earlier pieces
  let runCount = 0; // events completed in the current run
  const head: string[] = [];

  const giveUp = (): string[] => {
    gaveUp = true;
    head.length = 0;
    runCarry = null;
    return [];
  };

  function push(text: string): string[] {
    if (gaveUp) return [];
    const out: string[] = [];
    let headFrom = inEvents ? -1 : 0;
    let runFrom = runCarry !== null ? 0 : -1;
    let keyFrom = readingKey ? 0 : -1;
    const endRun = (at: number) => {
      out.push((runCarry ?? '') + text.slice(runFrom, at));
      runCarry = null;
      runFrom = -1;
      runCount = 0;
    };
    for (let i = 0; i < text.length; i++) {
      if (inString) {
        // most of a dataset is inside strings: jump from quote to quote
        let from = i;
        if (escaped) {
          escaped = false;
          from = i + 1;
        }
        let close = -1;
        for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
          if (backslashesBefore(text, q, from) % 2 === 0) {
            close = q;
            break;
          }
          from = q + 1;
        }
        if (close < 0) {
          escaped = backslashesBefore(text, text.length, from) % 2 === 1;
          break;
        }
        inString = false;
        i = close;
        if (readingKey) {
          key = keyCarry + text.slice(keyFrom, i + 1);
          readingKey = false;
          keyCarry = '';
          keyFrom = -1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) continue;
      if (closed) return giveUp();
      // where an event may begin: inside the events array, between two events
      const between = inEvents && depth === 2 && !inElement;
      if (between && c !== COMMA && c !== CLOSE_BRACKET) {
        if (c === COLON || c === CLOSE_BRACE) return giveUp();
        inElement = true;
        needElement = false;
        if (runFrom < 0 && runCarry === null) runFrom = i;
      }
      if (c === QUOTE) {
        if (depth === 1 && eventsNext) return giveUp();
        inString = true;
        if (depth === 1 && expectKey) {
          readingKey = true;
          expectKey = false;
          keyFrom = i;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 0 && c !== OPEN_BRACE) return giveUp();
        if (depth === 1 && eventsNext) {
          if (c !== OPEN_BRACKET) return giveUp();
          eventsNext = false;
          inEvents = true;
          head.push(text.slice(headFrom, i + 1));
          headFrom = -1;
          depth = 2;
          continue;
        }
        depth += 1;
        if (depth === 1) expectKey = true;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (inEvents && depth === 2) {
          if (needElement) return giveUp();
          if (inElement) runCount += 1;
          if (runCount > 0) endRun(i);
          inElement = false;
          inEvents = false;
          headFrom = i;
        }
        depth -= 1;
        if (depth < 0) return giveUp();
        if (depth === 0) closed = true;
      } else if (c === COMMA) {
        if (inEvents && depth === 2) {
          if (!inElement) return giveUp();
          inElement = false;
          needElement = true;
          runCount += 1;
          if (runCount >= runSize) endRun(i);
        } else if (depth === 1) expectKey = true;
      } else if (c === COLON) {
        if (depth === 1) {
          if (key.includes('\\')) return giveUp();
          eventsNext = key === '"events"';
          if (eventsNext && eventsSeen) return giveUp();
          eventsSeen ||= eventsNext;
        }
      } else if (depth === 1 && eventsNext) {
        // a number, true, false or null where the events should be
        return giveUp();
      }
    }
    if (readingKey) keyCarry += text.slice(keyFrom);
    if (runFrom >= 0) runCarry = (runCarry ?? '') + text.slice(runFrom);
    if (headFrom >= 0) head.push(text.slice(headFrom));
    return out;
  }

  return {
    push,
    end() {
      if (gaveUp || !closed || inString) {
        gaveUp = true;
        return null;
      }
      return head.join('');
    },
    get gaveUp() {
      return gaveUp;
    },
  };
}
