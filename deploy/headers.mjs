/**
 * The HTTP headers to serve the built dashboard with: the one source of truth for the
 * page's Content-Security-Policy meta tag (scripts/prerender.mjs), `vite preview`
 * (vite.config.ts), public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf,
 * the last two written by `npm run headers` and checked by tests/unit/deploy-headers.test.ts.
 *
 * The policy allows the page's two inline scripts by their hashes. Both are the same in
 * every build: the pre-paint script in index.html, and the loader below, which reads the
 * build's file names from a JSON block instead of carrying them (a data block is not run,
 * so no policy applies to it). So the headers only change when one of those scripts does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The id of the JSON block the loader reads: { fetches, preloads, entry }. */
export const BOOT_ID = 'boot-files';

/**
 * Requests the app after the first frame: the page is complete without script, so nothing
 * competes with the HTML for the first paint. Fetches (a language's texts), module preloads,
 * then the module entry.
 */
export const loaderScript = `(function(){function go(){var b=JSON.parse(document.getElementById('${BOOT_ID}').textContent),h=document.head;b.fetches.forEach(function(u){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='';l.href=u;h.appendChild(l)});b.preloads.forEach(function(u){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u;h.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=b.entry;h.appendChild(s)}requestAnimationFrame(function(){setTimeout(go,0)})})()`;

/** The loader's data block; `<` escaped so that no file name can close the element. */
export function bootBlock(files) {
  const json = JSON.stringify(files).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${BOOT_ID}">${json}</script>`;
}

/** 'sha256-…' of every inline script (no attributes) in a page. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
}

/** The hashes every built page's inline scripts have: index.html's own, and the loader. */
export function pageScriptHashes(root) {
  const template = readFileSync(join(root, 'index.html'), 'utf8');
  return [
    ...inlineScriptHashes(template),
    ...inlineScriptHashes(`<script>${loaderScript}</script>`),
  ];
}

/**
 * Who may frame the page: this site and any https site, because an article anywhere may
 * embed the timeline (`?embed=1` is the same file as the full page, and static hosts match
 * headers by path, not by query). The page holds no account and no action a framing site
 * could trick a reader into. A site that embeds only on known hosts narrows it here.
 */
export const FRAME_ANCESTORS = "'self' https:";

/**
 * The Content-Security-Policy. `frame-ancestors` works only as a header, so the meta tag
 * (for hosts that cannot set headers) leaves it out. style-src keeps 'unsafe-inline': the
 * prerendered markup carries style="" attributes (marker positions, bar widths) that a
 * policy without it would drop from the first paint, and hashes cannot allow attributes
 * that vary; scripts, the part an attacker would need, stay locked to hashes.
 */
export function contentSecurityPolicy(scriptHashes, { header = true } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`,
    // the ?data= loader runs in a worker built as its own file: this origin only (no blob:)
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? [`frame-ancestors ${FRAME_ANCESTORS}`] : []),
  ].join('; ');
}

/** Every header, by name. */
export function securityHeaders(scriptHashes) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    // a JSON dataset or an SVG is never run as a script or a page because of a wrong type
    'X-Content-Type-Options': 'nosniff',
    // links to sources carry no address of the view a reader had open (it may hold a search)
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

const generated = 'Written by `npm run headers` from deploy/headers.mjs; do not edit by hand.';

/** public/_headers: the form Netlify and Cloudflare Pages read from the published folder. */
export function headersFile(headers) {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# ${generated}\n/*\n${lines.join('\n')}\n`;
}

/** deploy/nginx.conf: `include` it in the server or location block that serves dist/. */
export function nginxSnippet(headers) {
  const lines = Object.entries(headers).map(
    ([name, value]) => `add_header ${name} "${value}" always;`,
  );
  return `# ${generated}\n# include /path/to/deploy/nginx.conf; inside the block that serves dist/\n${lines.join('\n')}\n`;
}
