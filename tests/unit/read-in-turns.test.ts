import { describe, expect, it } from 'vitest';
import bundled from '../../data/dataset.json';
import ja from '../../data/translations/ja.json';
import { loadTranslation } from '../../src/i18n/load-translation';
import { loadBundledDataset } from '../../src/model/load';
import { BYTES_PER_TURN, eventsFileInTurns, textInTurns } from '../../src/model/read-in-turns';
import { makeDataset, makeEvent } from '../fixtures/make';

/** A response whose body arrives in pieces of `size` bytes (cutting through characters). */
function inPieces(text: string, size: number): Response {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new Response(body);
}

/** Counts the turns given to the page. */
function turns() {
  const counter = { n: 0, turn: async () => void counter.n++ };
  return counter;
}

describe('eventsFileInTurns', () => {
  it('parses the bundled dataset a run of events at a time, with turns between', async () => {
    const text = JSON.stringify(bundled);
    const counter = turns();
    const parsed = await eventsFileInTurns(inPieces(text, 16 * 1024), counter.turn, 40);
    expect(parsed).toEqual(bundled);
    // at least one turn per piece of the body and per run of 40 events
    const pieces = Math.ceil(new TextEncoder().encode(text).length / (16 * 1024));
    expect(counter.n).toBeGreaterThanOrEqual(
      Math.max(pieces, Math.ceil(bundled.events.length / 40)),
    );
  });

  it('decodes a character cut between two pieces', async () => {
    const dataset = makeDataset({
      events: [makeEvent({ id: 'a', title: '徴用工訴訟 강제징용 — “quoted”' })],
    });
    const text = JSON.stringify(dataset);
    for (const size of [1, 2, 3, 7])
      expect(await eventsFileInTurns(inPieces(text, size), async () => {})).toEqual(dataset);
  });

  it('parses a file the splitter does not expect whole, as response.json() would', async () => {
    for (const text of [
      '[1,2,3]',
      '{"events":{"a":1},"meta":{}}',
      '{"meta":{"x":[1]}}',
      '{"events":[]}',
    ])
      expect(await eventsFileInTurns(inPieces(text, 4), async () => {})).toEqual(JSON.parse(text));
  });

  it('fails on text that is not JSON, with JSON.parse’s error', async () => {
    await expect(
      eventsFileInTurns(inPieces('{"events":[{"a":1},', 5), async () => {}),
    ).rejects.toThrow(SyntaxError);
    await expect(eventsFileInTurns(inPieces('<html>', 5), async () => {})).rejects.toThrow(
      SyntaxError,
    );
  });
});

describe('textInTurns', () => {
  it('gives each piece as it is decoded, and the whole text in order', async () => {
    const text = 'ab日本語cd한국어'.repeat(50);
    const pieces: string[] = [];
    const counter = turns();
    await textInTurns(inPieces(text, 5), (p) => void pieces.push(p), counter.turn);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(counter.n).toBeGreaterThanOrEqual(pieces.length - 1);
  });

  it('decodes a body that arrives in one piece a bounded piece per turn, cut through characters', async () => {
    // 3-byte characters: the cuts at BYTES_PER_TURN fall inside them
    const text = 'a日本語한국어'.repeat(20_000);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(6 * BYTES_PER_TURN);
    const pieces: string[] = [];
    const counter = turns();
    await textInTurns(inPieces(text, bytes.length), (p) => void pieces.push(p), counter.turn);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThanOrEqual(Math.floor(bytes.length / BYTES_PER_TURN));
    for (const p of pieces)
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(BYTES_PER_TURN + 3);
    expect(counter.n).toBeGreaterThanOrEqual(pieces.length - 1);
  });
});

describe('loadBundledDataset', () => {
  it('reads the dataset in turns, giving the page its turn between pieces', async () => {
    const counter = turns();
    const result = await loadBundledDataset(
      '/',
      async () => inPieces(JSON.stringify(bundled), 32 * 1024),
      counter.turn,
    );
    expect(result).toEqual({ ok: true, dataset: bundled });
    expect(counter.n).toBeGreaterThan(5);
  });

  it('says a dataset file that is not JSON could not be loaded', async () => {
    const result = await loadBundledDataset(
      '/',
      async () => inPieces('not json', 3),
      async () => {},
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('The bundled dataset could not be loaded');
  });
});

describe('loadTranslation', () => {
  it('rejects a file that is not JSON, or not that language, and then fetches again', async () => {
    await expect(loadTranslation('/', 'ko', async () => inPieces('{"lang":', 3))).rejects.toThrow(
      SyntaxError,
    );
    await expect(
      loadTranslation('/', 'ko', async () => inPieces(JSON.stringify(ja), 4096)),
    ).rejects.toThrow('is not a ko translation');
  });

  it('reads the texts a piece at a time, cut through characters', async () => {
    let asked = '';
    const t = await loadTranslation('/base/', 'ja', async (url) => {
      asked = String(url);
      return inPieces(JSON.stringify(ja), 4099);
    });
    expect(asked).toBe('/base/data/translations/ja.json');
    expect(t).toEqual(ja);
  });
});
