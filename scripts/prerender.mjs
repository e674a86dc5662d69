/**
 * Runs after `vite build`: renders the default view into dist/index.html, and the same in
 * Japanese and Korean into dist/ja.html and dist/ko.html (beside it, so every relative
 * address stays the same), inlines the CSS (so the first paint needs no other request), and
 * writes a Content-Security-Policy that allows the inline scripts by their hashes. Also
 * writes dist/feed.xml, the Atom feed of the newest events (index.html links to it).
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
  const preloads = extraPreloads.filter((p) => !p.json).map((p) => p.href);
  const fetches = extraPreloads.filter((p) => p.json).map((p) => p.href);
  html = html.replace(
    /<link rel="modulepreload" crossorigin href="(\.\/assets\/[^"]+\.js)">\s*/g,
    (_, href) => {
      preloads.push(href);
      return '';
    },
  );
  const loader = `(function(){function go(){var h=document.head;${JSON.stringify(fetches)}.forEach(function(u){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='';l.href=u;h.appendChild(l)});${JSON.stringify(preloads)}.forEach(function(u){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u;h.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entryTag[1])};h.appendChild(s)}requestAnimationFrame(function(){setTimeout(go,0)})})()`;
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

  return html;
}
