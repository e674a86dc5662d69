import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventSplitter } from '../../src/model/json-split';

/** Feeds `text` in pieces cut at `cuts` (positions), as a download would deliver it. */
function split(text: string, cuts: number[] = [], runSize = 2) {
  const splitter = createEventSplitter(runSize);
  const events: string[] = [];
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    events.push(...splitter.push(text.slice(at, cut)));
    at = cut;
  }
  events.push(...splitter.push(text.slice(at)));
  return { events, head: splitter.end() };
}

/** What the caller makes of the pieces: the dataset, or null when it must parse the whole text. */
function reassemble(text: string, cuts: number[] = [], runSize = 2): unknown {
  const { events, head } = split(text, cuts, runSize);
  if (head === null) return null;
  const parsed = JSON.parse(head) as Record<string, unknown>;
  if (!Object.hasOwn(parsed, 'events')) {
    expect(events).toEqual([]);
    return parsed;
  }
  return { ...parsed, events: JSON.parse(`[${events.join(',')}]`) };
}

const dataset = {
  meta: { title: 'A [tricky] {title} with "quotes", commas, and \\ backslashes' },
  issues: [{ id: 'a', name: '日本' }],
  events: [{ id: 'e1', related: ['x', 'y'], nested: { a: [1, { b: ']' }] } }, 2, 'three', null, []],
  after: { events: 'not the top-level one' },
};

describe('createEventSplitter', () => {
  it('finds each event and the rest, wherever the pieces are cut', () => {
    const text = JSON.stringify(dataset, null, 2);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(reassemble(text, [cut])).toEqual(dataset);
    }
    const { events, head } = split(text, [], 2);
    // runs of two events, as written: 5 events → 2 + 2 + 1
    expect(events.map((run) => JSON.parse(`[${run}]`))).toEqual([
      dataset.events.slice(0, 2),
      dataset.events.slice(2, 4),
      dataset.events.slice(4),
    ]);
    expect(JSON.parse(head!)).toEqual({ ...dataset, events: [] });
  });

  it('cut into single characters', () => {
    const text = JSON.stringify(dataset);
    expect(
      reassemble(
        text,
        Array.from({ length: text.length }, (_, i) => i),
      ),
    ).toEqual(dataset);
  });

  it('gives a head without events when there are none', () => {
    expect(split('{"meta":{},"events":[]}')).toEqual({
      events: [],
      head: '{"meta":{},"events":[]}',
    });
    expect(split('{"meta":{}}')).toEqual({ events: [], head: '{"meta":{}}' });
  });

  it.each([
    ['a top-level list', '[{"events":[]}]'],
    ['a top-level string', '"events"'],
    ['"events" twice (JSON.parse keeps the last)', '{"events":[1],"events":[2]}'],
    ['"events" that is not a list', '{"events":{"0":1}}'],
    ['"events" that is a string', '{"events":"[1,2]"}'],
    ['a key written with escapes', '{"ev\\u0065nts":[1]}'],
    ['an empty element', '{"events":[1,,2]}'],
    ['a trailing comma', '{"events":[1,]}'],
    ['a colon between events', '{"events":[{},:{}]}'],
    ['text after the end', '{"events":[1]} x'],
    ['an unfinished file', '{"events":[1,2'],
    ['an unfinished string', '{"meta":"abc'],
  ])('gives up on %s', (_name, text) => {
    expect(split(text).head).toBeNull();
  });

  it('agrees with JSON.parse on valid JSON, and never hands on what JSON.parse would refuse', () => {
    // strings thick with what a scanner could trip on: quotes, backslashes, brackets
    const tricky = fc.string({
      unit: fc.constantFrom('"', '\\', 'a', ',', ':', '[', ']', '{', '}', '\n', 'é', '日'),
    });
    const eventArb = fc.oneof(
      fc.record({
        id: tricky,
        tags: fc.array(tricky),
        n: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
      fc.jsonValue(),
    );
    const textArb = fc
      .record({
        meta: fc.jsonValue(),
        events: fc.array(eventArb, { maxLength: 8 }),
        tail: fc.jsonValue(),
      })
      .chain((value) =>
        fc.record({
          value: fc.constant(value),
          text: fc.constantFrom(0, 1, '\t').map((indent) => JSON.stringify(value, null, indent)),
        }),
      );
    fc.assert(
      fc.property(textArb, fc.array(fc.nat()), ({ value, text }, cuts) => {
        const whole = JSON.parse(text) as unknown;
        expect(
          reassemble(
            text,
            cuts.map((c) => c % (text.length + 1)),
          ),
        ).toEqual(whole);
        expect(whole).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    // one character inserted or removed anywhere: if the pieces parse, they are the whole
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.constantFrom('', ',', '"', '[', ']', '{', '}', ':', '\\', ' ', 'x', '1'),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        ({ text }, where, insert, cuts, runSize) => {
          const at = where % (text.length + 1);
          const mutated = text.slice(0, at) + insert + text.slice(insert ? at : at + 1);
          let whole: unknown;
          let wholeOk = true;
          try {
            whole = JSON.parse(mutated);
          } catch {
            wholeOk = false;
          }
          let pieces: unknown;
          let piecesOk = true;
          try {
            pieces = reassemble(
              mutated,
              cuts.map((c) => c % (mutated.length + 1)),
              runSize,
            );
          } catch {
            piecesOk = false;
          }
          if (piecesOk && pieces !== null) {
            expect(wholeOk).toBe(true);
            expect(pieces).toEqual(whole);
          }
        },
      ),
    );
  });
});
