/**
 * Part a: `npm run build`, then gzip sizes (zlib level 9) of what the first paint needs and
 * of all JS + CSS in dist/assets.
 *
 * "First-paint JS" is the module entry and every modulepreload that dist/index.html names,
 * as tags or inside an inline loader script, plus anything they import statically.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants as zlibConstants, gzipSync } from 'node:zlib';
import { run } from './cleanup';
import { BUDGET, dist, kib, raw, round, row } from './common';
import { timelineJsDist } from './reference';

const gzipSize = (buffer: Buffer) =>
  gzipSync(buffer, { level: zlibConstants.Z_BEST_COMPRESSION }).length;

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(relativePath: string): FileSize {
  const buffer = readFileSync(join(dist, relativePath));
  return { file: relativePath, bytes: buffer.length, gzip: gzipSize(buffer) };
}

/** `files` (dist-relative) and every module they import statically, transitively. */
function staticImportClosure(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`
    const re = /\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'](\.\.?\/[^"']+\.js)["']/g;
    for (const m of code.matchAll(re)) {
      const target = join(dirname(file), m[1]!).replace(/\\/g, '/');
      if (existsSync(join(dist, target))) queue.push(target);
    }
  }
  return [...seen];
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** dist-relative path of a URL written in dist/index.html, or null when it is not local. */
function localPath(href: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(href)) return null;
  return href.replace(/^\.?\//, '').split(/[?#]/)[0] ?? null;
}

/**
 * The JavaScript a built page loads before it is interactive: its module entry and
 * modulepreload tags, or the scripts its inline loader adds, with their static imports.
 */
function firstPaintOf(file: string) {
  const html = readFileSync(join(dist, file), 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  const entry: string[] = [];
  const preloads: string[] = [];
  const stylesheets: string[] = [];
  for (const tag of tags) {
    const isScript = /^<script/i.test(tag);
    if (isScript) {
      const src = attribute(tag, 'src');
      if (src && attribute(tag, 'type') === 'module') entry.push(src);
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) preloads.push(href);
    // a disabled stylesheet link is neither fetched nor applied
    else if (rel.includes('stylesheet') && !/\sdisabled(?=[\s=/>])/i.test(tag))
      stylesheets.push(href);
  }
  // A build may also leave the tags out and have a small inline script add them (e.g. after
  // the first frame): then the scripts it names are what the page loads at start.
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => attribute(`<script${m[1]}>`, 'src') === null)
    .map((m) => m[2]!);
  const injected = [
    ...new Set(
      inlineScripts.flatMap((code) =>
        [...code.matchAll(/["'`]((?:\.\/|\/)?assets\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!),
      ),
    ),
  ];
  const discoveredBy = entry.length > 0 ? 'script and modulepreload tags' : 'inline loader script';
  const roots = [...entry, ...preloads, ...(entry.length ? [] : injected)];
  if (roots.length === 0)
    throw new Error(`dist/${file} loads no module script (no <script type="module" src>)`);
  const toPath = (href: string) => {
    const path = localPath(href);
    if (!path) throw new Error(`${href} in dist/${file} is not a local file`);
    return path;
  };
  // plus anything those import statically that the HTML forgot to preload
  const initial = staticImportClosure(roots.map(toPath));
  const listed = new Set(roots.map(toPath));
  const unlisted = initial.filter((path) => !listed.has(path));
  return { html, stylesheets, discoveredBy, roots, initial, unlisted, toPath };
}

export async function buildAndSizes() {
  const started = performance.now();
  await run('npm', ['run', 'build']);
  raw.buildSeconds = round((performance.now() - started) / 1000, 1);

  const { html, stylesheets, discoveredBy, roots, initial, unlisted, toPath } =
    firstPaintOf('index.html');
  const firstPaintJs = initial.map(sizeOf);
  const firstPaintCss = stylesheets.map((href) => sizeOf(toPath(href)));
  const indexHtml = sizeOf('index.html');
  const assets = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((f) => sizeOf(`assets/${f}`));
  const sum = (files: FileSize[], key: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
  const jsGzip = sum(firstPaintJs, 'gzip');
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const inlineCss = Buffer.from(inlineStyles.join(''));
  const dataset = existsSync(join(dist, 'data', 'dataset.json'))
    ? sizeOf('data/dataset.json')
    : null;

  raw.sizes = {
    gzipLevel: 9,
    initialJsFoundBy: discoveredBy,
    initialJsRoots: roots,
    staticImportsNotInHtml: unlisted,
    firstPaintJs,
    firstPaintJsGzip: jsGzip,
    firstPaintJsBytes: sum(firstPaintJs, 'bytes'),
    firstPaintCss,
    inlineCss: { bytes: inlineCss.length, gzip: gzipSize(inlineCss) },
    indexHtml,
    assets,
    assetsJsCssGzip: sum(assets, 'gzip'),
    assetsJsCssBytes: sum(assets, 'bytes'),
    dataset,
  };

  // the reference page loads one script and one stylesheet before it draws
  const refJs = gzipSize(readFileSync(join(timelineJsDist, 'js', 'timeline.js')));
  const refCss = gzipSize(readFileSync(join(timelineJsDist, 'css', 'timeline.css')));
  raw.referenceSizes = { timelineJsGzip: refJs, timelineCssGzip: refCss };
  const cssGzip = firstPaintCss.length ? sum(firstPaintCss, 'gzip') : gzipSize(inlineCss);

  const S = 'size';
  row(
    S,
    `First-paint JS, gzip (entry + modulepreload, ${firstPaintJs.length} files, via ${discoveredBy})`,
    kib(jsGzip),
    {
      reference: kib(refJs),
      ratio: jsGzip / refJs,
      budget: `≤ ${kib(BUDGET.firstPaintJsBytes)}`,
      pass: jsGzip <= BUDGET.firstPaintJsBytes,
    },
  );
  // the Japanese and Korean pages: the same entry plus their catalogue chunk, and their texts
  for (const [lang, file] of [
    ['ja', 'ja.html'],
    ['ko', 'ko.html'],
  ] as const) {
    if (!existsSync(join(dist, file))) continue;
    const js = firstPaintOf(file).initial.map(sizeOf);
    const gzip = sum(js, 'gzip');
    const texts = sizeOf(`data/translations/${lang}.json`);
    raw[`sizes_${lang}`] = { firstPaintJs: js, firstPaintJsGzip: gzip, translation: texts };
    row(
      S,
      `First-paint JS of ${file}, gzip (entry + ${lang} catalogue, ${js.length} files)`,
      kib(gzip),
      {
        reference: kib(refJs),
        ratio: gzip / refJs,
        budget: `≤ ${kib(BUDGET.firstPaintJsBytesTranslated)}`,
        pass: gzip <= BUDGET.firstPaintJsBytesTranslated,
      },
    );
    row(
      S,
      `data/translations/${lang}.json, gzip (fetched with the app code on ${file})`,
      kib(texts.gzip),
    );
  }
  row(
    S,
    firstPaintCss.length
      ? `First-paint CSS, gzip (${firstPaintCss.length} stylesheet link(s))`
      : 'First-paint CSS: no stylesheet link (inlined into index.html)',
    firstPaintCss.length ? kib(cssGzip) : `${kib(cssGzip)} inline`,
    { reference: kib(refCss), ratio: cssGzip / refCss },
  );
  row(S, 'dist/index.html, gzip (prerendered HTML + inline CSS)', kib(indexHtml.gzip));
  row(
    S,
    `All JS + CSS in dist/assets, gzip (${assets.length} files)`,
    `${kib(sum(assets, 'gzip'))} (raw ${kib(sum(assets, 'bytes'))})`,
    { reference: kib(refJs + refCss), ratio: sum(assets, 'gzip') / (refJs + refCss) },
  );
  if (dataset) row(S, 'data/dataset.json, gzip (fetched after the app code)', kib(dataset.gzip));
}
