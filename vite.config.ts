/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  base: './',
  plugins: [react(), serveData()],
  build: {
    target: 'es2022',
    // scripts/prerender.mjs reads it to find each language's catalogue chunk, then removes it
    manifest: true,
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
