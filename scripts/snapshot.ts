/**
 * npm run snapshot -- --url "issues=gsomia&asOf=2020-10-27" --out timeline.png [--size 600|800|1200|social] [--title "…"] [--svg]
 *                      [--permalink-base https://example.org/tracker/]
 *
 * Renders the same image as the page's "Download PNG" (or SVG) button, for newsroom
 * automation: builds the app if needed, serves it on localhost, opens the view in
 * Chromium and saves the download.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

const query = (arg('url', '') ?? '').replace(/^.*\?/, '');
const out = resolve(arg('out', 'timeline.png')!);
const size = arg('size', '800')!;
const title = arg('title');
const format = process.argv.includes('--svg') ? 'SVG' : 'PNG';
if (!['600', '800', '1200', 'social'].includes(size)) {
  console.error(`--size must be one of 600, 800, 1200, social (got ${size})`);
  process.exit(2);
}
// the public address drawn into the image instead of this machine's local server
const permalinkBase = arg('permalink-base') ?? process.env.VITE_PUBLIC_URL;
if (permalinkBase !== undefined && !/^https?:\/\/[^\s/]+/.test(permalinkBase)) {
  console.error(`--permalink-base must be an http(s) address (got ${permalinkBase})`);
  process.exit(2);
}

if (!existsSync('dist/index.html')) {
  console.log('Building the app first…');
  await new Promise<void>((ok, fail) =>
    spawn('npm', ['run', 'build'], { stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`build exited ${code}`)),
    ),
  );
}

const port = Number(arg('port')) || (await freePort());
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  const base = `http://localhost:${port}/`;
  await waitFor(base);
  const page = await browser.newPage({
    acceptDownloads: true,
    viewport: { width: 1300, height: 900 },
  });
  if (permalinkBase)
    await page.addInitScript((value) => {
      window.__JK_PUBLIC_URL__ = value;
    }, permalinkBase);
  await page.goto(`${base}${query ? `?${query}` : ''}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // controls found by name, not by their words: the page may be in Japanese or Korean
  const button = page.locator(`button[data-export="${format.toLowerCase()}"]`);
  await button.waitFor();
  await page.locator('select[name="image-size"]').selectOption(size);
  if (title) await page.locator('input[name="image-headline"]').fill(title);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    button.click(),
  ]);
  await download.saveAs(out);
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
