/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { pageScriptHashes, securityHeaders } from './deploy/headers.mjs';
import { eagerCommonJsPlugin } from './scripts/eager-commonjs.ts';

/** The files of data/ the page serves: the dataset and the indicators a user can download, and their JSON Schemas. */
const servedData = [
  'dataset.json',
  'dataset.schema.json',
  'indicators.json',
  'indicators.schema.json',
  'translations/ja.json',
  'translations/ko.json',
];

function serveData(): Plugin {
  return {
    name: 'serve-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\/data\//, '');
        if (!req.url?.startsWith('/data/') || !name || !servedData.includes(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(resolve(import.meta.dirname, 'data', name)));
      });
    },
    generateBundle() {
      for (const name of servedData) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(resolve(import.meta.dirname, 'data', name)),
        });
      }
    },
  };
}

/**
 * `vite preview` of the built app sends the headers a host should (deploy/headers.mjs, the
 * same source as public/_headers). Only for dist/: the benchmark previews its reference page
 * (TimelineJS, with inline scripts of its own) from another folder with this config.
 */
function serveHeaders(): Plugin {
  return {
    name: 'serve-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      if (outDir !== resolve(import.meta.dirname, 'dist')) return;
      const headers = Object.entries(securityHeaders(pageScriptHashes(import.meta.dirname)));
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), serveData(), serveHeaders(), eagerCommonJsPlugin()],
  build: {
    target: 'es2022',
    // scripts/prerender.mjs reads it to find each language's catalogue chunk, then removes it
    manifest: true,
    modulePreload: false,
    // a report of what the first paint needs is printed by `npm run bench`
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    css: false,
    // A component test that draws the 206-event list in jsdom takes 2–8 s on this 2-core
    // machine when other work runs (load average above 20 measured); the 5 s default then
    // failed tests that pass alone. A bound, not a wait: a passing test ends when it is done.
    testTimeout: 20_000,
  },
});
