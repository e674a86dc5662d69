/**
 * Runs after `vite build`: renders the default view into dist/index.html, inlines the
 * CSS (so the first paint needs no other request), preloads the dataset, and writes a
 * Content-Security-Policy that allows the one inline script by its hash. Also writes
 * dist/feed.xml, the Atom feed of the newest events (index.html links to it).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'node_modules', '.prerender');

await build({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'src/app/prerender-entry.tsx',
    outDir: ssrOut,
    emptyOutDir: true,
    copyPublicDir: false,
  },
});
const entry = readdirSync(ssrOut).find((f) => f.startsWith('prerender-entry'));
const { renderDefaultView, renderFeed } = await import(pathToFileURL(join(ssrOut, entry)).href);
const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8'));
const body = await renderDefaultView(dataset);
const feed = renderFeed(dataset);
writeFileSync(join(dist, 'feed.xml'), feed);
console.log(`wrote dist/feed.xml: ${(Buffer.byteLength(feed) / 1024).toFixed(1)} KiB`);
rmSync(ssrOut, { recursive: true, force: true });

let html = readFileSync(join(dist, 'index.html'), 'utf8');
if (!html.includes('<div id="root"></div>'))
  throw new Error('dist/index.html has no empty #root to fill');
html = html.replace(
  '<div id="root"></div>',
  () => `<div id="root" data-prerendered="default">${body}</div>`,
);

// inline the stylesheet: it is small, and a render-blocking request costs more than its bytes
html = html.replace(
  /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
  (_, file) => {
    const css = readFileSync(join(dist, file), 'utf8');
    return `<style>${css}</style>`;
  },
);
// The page is complete without script, so the app's code is requested only after the first
// frame: nothing competes with the HTML for the first paint, and hydration follows.
const entryTag =
  /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>\s*/.exec(html);
if (!entryTag) throw new Error('no module entry script in dist/index.html');
html = html.replace(entryTag[0], '');
const preloads = [];
html = html.replace(
  /<link rel="modulepreload" crossorigin href="(\.\/assets\/[^"]+\.js)">\s*/g,
  (_, href) => {
    preloads.push(href);
    return '';
  },
);
const loader = `(function(){function go(){var h=document.head;${JSON.stringify(preloads)}.forEach(function(u){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u;h.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entryTag[1])};h.appendChild(s)}requestAnimationFrame(function(){setTimeout(go,0)})})()`;
html = html.replace('</body>', `<script>${loader}</script>\n  </body>`);

const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' ${hashes.join(' ')}`,
  // the ?data= loader runs in a worker built as its own file: this origin only (no blob:)
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
html = html.replace(
  '<meta charset="UTF-8" />',
  `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
);
writeFileSync(join(dist, 'index.html'), html);
console.log(
  `prerendered dist/index.html: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB, ${hashes.length} inline script(s) hashed`,
);
