/**
 * Runs after `vite build`: renders the default view into dist/index.html, and the same in
 * Japanese and Korean into dist/ja.html and dist/ko.html (beside it, so every relative
 * address stays the same), inlines the CSS (so the first paint needs no other request), and
 * writes a Content-Security-Policy that allows the inline scripts by their hashes. Also
 * writes dist/feed.xml, the Atom feed of the newest events (index.html links to it).
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import {
  bootBlock,
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  loaderScript,
  pageScriptHashes,
  securityHeaders,
} from '../deploy/headers.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'node_modules', '.prerender');

await build({
  root,
  logLevel: 'warn',
  build: {
    manifest: false,
    ssr: 'src/app/prerender-entry.tsx',
    outDir: ssrOut,
    emptyOutDir: true,
    copyPublicDir: false,
  },
});
const entry = readdirSync(ssrOut).find((f) => f.startsWith('prerender-entry'));
const { renderDefaultView, renderFeed, pageHead } = await import(
  pathToFileURL(join(ssrOut, entry)).href
);
const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8'));
const translations = Object.fromEntries(
  ['ja', 'ko'].map((lang) => [
    lang,
    JSON.parse(readFileSync(join(root, 'data', 'translations', `${lang}.json`), 'utf8')),
  ]),
);
const feed = renderFeed(dataset);
writeFileSync(join(dist, 'feed.xml'), feed);
console.log(`wrote dist/feed.xml: ${(Buffer.byteLength(feed) / 1024).toFixed(1)} KiB`);

// which built chunk holds each language's catalogue (Vite's manifest, then removed from dist)
const manifestPath = join(dist, '.vite', 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
rmSync(join(dist, '.vite'), { recursive: true, force: true });
const catalogueChunk = (lang) => {
  const item = manifest[`src/i18n/${lang}/index.ts`];
  if (!item) throw new Error(`no ${lang} catalogue chunk in the build manifest`);
  return `./${item.file}`;
};

/**
 * The chunks the entry imports in turn (src/app/main.tsx: React DOM, then the boot code) and
 * what they import, so that the loader requests them all with the entry, not one by one.
 * Not the ?data= loader's, which main.tsx imports only when the address has ?data=.
 */
const ON_DEMAND = new Set(['src/model/load-worker-client.ts']);
function stagedChunks() {
  const entry = Object.values(manifest).find((item) => item.isEntry);
  if (!entry?.dynamicImports?.length)
    throw new Error('no staged imports of the entry in the build manifest');
  const files = [];
  const visit = (key) => {
    const item = manifest[key];
    if (!item || item === entry || files.includes(`./${item.file}`)) return;
    files.push(`./${item.file}`);
    for (const next of item.imports ?? []) visit(next);
  };
  const unknown = [...ON_DEMAND].filter((key) => !entry.dynamicImports.includes(key));
  if (unknown.length)
    throw new Error(`the entry no longer imports ${unknown.join(', ')}: update ON_DEMAND`);
  for (const key of entry.dynamicImports) if (!ON_DEMAND.has(key)) visit(key);
  return files;
}
const staged = stagedChunks();

const template = readFileSync(join(dist, 'index.html'), 'utf8');
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

for (const [lang, file] of [
  ['en', 'index.html'],
  ['ja', 'ja.html'],
  ['ko', 'ko.html'],
]) {
  const translation = translations[lang];
  const body = await renderDefaultView(dataset, lang, translation);
  const head = await pageHead(dataset, lang, translation);
  const extraPreloads =
    lang === 'en'
      ? []
      : [{ href: catalogueChunk(lang) }, { href: `./data/translations/${lang}.json`, json: true }];
  const html = page(template, { lang, body, head, extraPreloads });
  writeFileSync(join(dist, file), html);
  console.log(`prerendered dist/${file}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB`);
}
rmSync(ssrOut, { recursive: true, force: true });

// the headers shipped in dist/_headers (from public/) must allow the pages' scripts
const expectedHeaders = headersFile(securityHeaders(pageScriptHashes(root)));
if (readFileSync(join(dist, '_headers'), 'utf8') !== expectedHeaders)
  console.warn(
    'WARNING: public/_headers and deploy/nginx.conf are stale (the inline scripts changed): run `npm run headers`',
  );

/**
 * One language's page from Vite's index.html: the prerendered body, its <html lang>, title
 * and description, links to the other languages, inline CSS, a loader that requests the
 * app after the first frame (and, in Japanese or Korean, that language's catalogue and
 * texts at once), and the Content-Security-Policy.
 */
function page(template, { lang, body, head, extraPreloads }) {
  let html = template;
  html = html.replace('<html lang="en">', `<html lang="${lang}" data-pages="en ja ko">`);
  html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`);
  html = html.replace(
    /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
  );
  html = html.replace(
    /<noscript\s*>[\s\S]*?<\/noscript\s*>/,
    `<noscript>${escapeHtml(head.noscript)}</noscript>`,
  );
  // each language's page names the others, for search engines and readers' tools
  const alternates = Object.entries({ en: './', ja: 'ja.html', ko: 'ko.html' })
    .map(([l, href]) => `<link rel="alternate" hreflang="${l}" href="${href}" />`)
    .join('\n    ');
  html = html.replace('</head>', `  ${alternates}\n  </head>`);

  if (!html.includes('<div id="root"></div>'))
    throw new Error('dist/index.html has no empty #root to fill');
  html = html.replace(
    '<div id="root"></div>',
    () => `<div id="root" data-prerendered="default">${body}</div>`,
  );

  // Inline the stylesheet: it is small, and a render-blocking request costs more than its
  // bytes. A disabled link to it stays, neither fetched nor applied: Vite's loader of a lazy
  // chunk that names the stylesheet as its dependency finds it there and does not add it
  // again (which fetched it after the start and made the browser apply it all a second time).
  const inlined = [];
  html = html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
    (_, file) => {
      inlined.push(file);
      const css = readFileSync(join(dist, file), 'utf8');
      return `<style>${css}</style>\n    <link rel="stylesheet" href="./${file}" disabled />`;
    },
  );
  const sheets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
  if (sheets.length !== inlined.length)
    throw new Error(
      `dist/assets has stylesheets the page does not inline (${sheets.join(', ')}): a lazy chunk's own stylesheet would never load`,
    );
  // The page is complete without script, so the app's code is requested only after the first
  // frame: nothing competes with the HTML for the first paint, and hydration follows.
  const entryTag =
    /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>\s*/.exec(html);
  if (!entryTag) throw new Error('no module entry script in dist/index.html');
  html = html.replace(entryTag[0], '');
  const preloads = extraPreloads.filter((p) => !p.json).map((p) => p.href);
  preloads.push(...staged);
  const fetches = extraPreloads.filter((p) => p.json).map((p) => p.href);
  html = html.replace(
    /<link rel="modulepreload" crossorigin href="(\.\/assets\/[^"]+\.js)">\s*/g,
    (_, href) => {
      preloads.push(href);
      return '';
    },
  );
  // the loader is the same text in every build (its hash is in the published headers); the
  // files it requests come in a JSON block beside it
  html = html.replace(
    '</body>',
    `${bootBlock({ fetches, preloads, entry: entryTag[1] })}\n  <script>${loaderScript}</script>\n  </body>`,
  );

  const hashes = inlineScriptHashes(html);
  const published = pageScriptHashes(root);
  const unknown = hashes.filter((h) => !published.includes(h));
  if (unknown.length)
    throw new Error(
      `dist/${lang === 'en' ? 'index' : lang}.html has inline scripts the published headers do not allow (${unknown.join(' ')}): deploy/headers.mjs reads them from index.html and its loader`,
    );
  // the same policy as the header, less frame-ancestors, which a meta tag cannot set
  const csp = contentSecurityPolicy(hashes, { header: false });
  html = html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );

  return html;
}
