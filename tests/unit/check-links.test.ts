// @vitest-environment node
/**
 * `npm run check-links` against a local server on 127.0.0.1 (no network needed): a page
 * that answers, one reached through a redirect, a missing page, one that never answers,
 * a redirect loop and an endless chain; then the bounded concurrency, the collection of
 * addresses from the data and the Markdown summary.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAll,
  checkUrl,
  collectLinks,
  DEFAULTS,
  summaryMarkdown,
  type CheckOptions,
} from '../../scripts/link-report';

let server: Server;
let base = '';
let inFlight = 0;
let mostInFlight = 0;

const options: CheckOptions = { ...DEFAULTS, timeoutMs: 300, maxRedirects: 5 };

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, headers);
      res.end(status === 200 ? 'page' : '');
    };
    if (path === '/ok') return send(200);
    if (path === '/moved') return send(301, { location: '/ok' });
    if (path === '/elsewhere') return send(302, { location: `${base}/moved` });
    if (path === '/missing') return send(404);
    if (path === '/loop-a') return send(302, { location: '/loop-b' });
    if (path === '/loop-b') return send(302, { location: '/loop-a' });
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return send(302, { location: `/chain/${Number(chain[1]) + 1}` });
    if (path === '/slow') return; // never answers: the request must time out
    if (path.startsWith('/busy/')) {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        send(200);
      }, 30);
      return;
    }
    send(500);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('checkUrl', () => {
  it('reports a page that answers 200 as ok, at its own address', async () => {
    const r = await checkUrl(`${base}/ok`, options);
    expect(r).toMatchObject({ outcome: 'ok', status: 200, finalUrl: `${base}/ok`, redirects: [] });
  });

  it('follows redirects by hand and reports every hop and the final address', async () => {
    const r = await checkUrl(`${base}/elsewhere`, options);
    expect(r.outcome).toBe('redirected');
    expect(r.status).toBe(200);
    expect(r.finalUrl).toBe(`${base}/ok`);
    expect(r.redirects).toEqual([
      { url: `${base}/elsewhere`, status: 302 },
      { url: `${base}/moved`, status: 301 },
    ]);
  });

  it('reports a missing page as broken with its status', async () => {
    expect(await checkUrl(`${base}/missing`, options)).toMatchObject({
      outcome: 'broken',
      status: 404,
    });
  });

  it('gives up on a page that does not answer within the timeout', async () => {
    const r = await checkUrl(`${base}/slow`, options);
    expect(r.outcome).toBe('error');
    expect(r.error).toBe('timeout after 300 ms');
    expect(r.ms).toBeLessThan(3000);
  });

  it('stops at a redirect loop', async () => {
    const r = await checkUrl(`${base}/loop-a`, options);
    expect(r).toMatchObject({
      outcome: 'error',
      error: 'redirect loop',
      finalUrl: `${base}/loop-a`,
    });
    expect(r.redirects.map((h) => h.url)).toEqual([`${base}/loop-a`, `${base}/loop-b`]);
  });

  it('stops after the redirect limit on an endless chain', async () => {
    const r = await checkUrl(`${base}/chain/0`, options);
    expect(r).toMatchObject({ outcome: 'error', error: 'more than 5 redirects' });
  });

  it('reports an address where nothing listens as an error, not a crash', async () => {
    const r = await checkUrl('http://127.0.0.1:1/', options);
    expect(r.outcome).toBe('error');
    expect(r.status).toBe(0);
  });
});

describe('checkAll', () => {
  it('keeps at most `concurrency` requests open and returns results in input order', async () => {
    const links = new Map(Array.from({ length: 12 }, (_, i) => [`${base}/busy/${i}`, [`e${i}`]]));
    mostInFlight = 0;
    const results = await checkAll(links, { ...options, concurrency: 3 });
    expect(results.map((r) => r.url)).toEqual([...links.keys()]);
    expect(results.map((r) => r.citedIn[0])).toEqual([...links.values()].map((v) => v[0]));
    expect(results.every((r) => r.outcome === 'ok')).toBe(true);
    expect(mostInFlight).toBeGreaterThan(1);
    expect(mostInFlight).toBeLessThanOrEqual(3);
  });
});

describe('collectLinks', () => {
  it('gathers each address once with every place that cites it', () => {
    const links = collectLinks(
      {
        issues: [{ id: 'gsomia', positions: { japan: { source: { url: 'https://a/1' } } } }],
        summits: [{ id: 's', conditions: [{ id: 'c', sources: [{ url: 'https://a/2' }] }] }],
        events: [
          {
            id: 'e1',
            sources: [{ url: 'https://a/1' }, { url: 'https://a/3' }],
            positions: { korea: { source: { url: 'https://a/3' } } },
          },
        ],
      },
      { series: [{ id: 'trade', sources: [{ url: 'https://a/2' }] }] },
    );
    expect(Object.fromEntries(links)).toEqual({
      'https://a/1': ['dataset: issue gsomia positions.japan', 'dataset: e1 sources[0]'],
      'https://a/2': ['dataset: condition c sources[0]', 'indicators: trade sources[0]'],
      'https://a/3': ['dataset: e1 sources[1]', 'dataset: e1 positions.korea'],
    });
  });
});

describe('summaryMarkdown', () => {
  it('counts the outcomes and lists what is not plainly ok with where it is cited', async () => {
    const links = new Map([
      [`${base}/ok`, ['dataset: e1 sources[0]']],
      [`${base}/moved`, ['dataset: e2 sources[0]']],
      [`${base}/missing`, ['indicators: trade sources[1]']],
      [`${base}/loop-a`, ['dataset: e3 sources[2]']],
    ]);
    const md = summaryMarkdown(await checkAll(links, options), '2026-12-06T00:00:00Z');
    expect(md).toContain(
      '4 addresses: 1 ok, 1 redirected, 1 broken (4xx/5xx), 1 without an answer',
    );
    expect(md).toContain(`| ${base}/missing | 404 | indicators: trade sources[1] |`);
    expect(md).toContain(`| ${base}/loop-a | redirect loop | dataset: e3 sources[2] |`);
    expect(md).toContain(`| ${base}/moved | 301 → 200 at ${base}/ok | dataset: e2 sources[0] |`);
    expect(md).not.toContain(`| ${base}/ok |`);
  });
});
