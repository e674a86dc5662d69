/**
 * The datasets the browser figures load: the bundled data (148 events) and generated ones
 * of 10,000 and 100,000 events (scripts/gen-stress.ts, the generator behind
 * `npm run gen:stress`, seed 1: the same events as `npm run bench:derive`), written into
 * dist/ before the preview server starts and opened with `?data=`; removed on the way out.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/model/schema';
import { generateDataset } from '../gen-stress';
import { forget, onCleanup } from './cleanup';
import { dist, root, STRESS_SEED } from './common';

export interface DataTarget {
  key: 'bundled' | 'stress10k' | 'stress100k';
  label: string;
  events: number;
  /** the page's query string ('' for the bundled data) */
  query: string;
  /** how long the first paint may take before the run is given up */
  timeoutMs: number;
}

const STRESS = [
  { key: 'stress10k', n: 10_000, timeoutMs: 60_000 },
  { key: 'stress100k', n: 100_000, timeoutMs: 180_000 },
] as const;

const fileOf = (n: number) => `stress-${n / 1000}k.json`;

export function bundledTarget(): DataTarget {
  const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8')) as Dataset;
  const events = dataset.events.length;
  return {
    key: 'bundled',
    label: `bundled data, ${events} events`,
    events,
    query: '',
    timeoutMs: 30_000,
  };
}

/** Writes the generated datasets into dist/; returns every target, the bundled data first. */
export function writeStressData(): { targets: DataTarget[]; bytes: Record<string, number> } {
  const targets = [bundledTarget()];
  const bytes: Record<string, number> = {};
  for (const { key, n, timeoutMs } of STRESS) {
    const file = fileOf(n);
    const path = join(dist, file);
    const json = JSON.stringify(generateDataset(n, STRESS_SEED));
    const remove = () => rmSync(path, { force: true });
    process.on('exit', remove); // even if something calls process.exit early
    onCleanup(`dist/${file}`, remove);
    writeFileSync(path, json);
    bytes[file] = Buffer.byteLength(json);
    console.log(`wrote dist/${file}: ${(bytes[file] / 1024 / 1024).toFixed(1)} MiB`);
    targets.push({
      key,
      label: `${n.toLocaleString('en-GB')} events`,
      events: n,
      query: `?data=./${file}`,
      timeoutMs,
    });
  }
  return { targets, bytes };
}

export function removeStressData() {
  for (const { n } of STRESS) {
    rmSync(join(dist, fileOf(n)), { force: true });
    forget(`dist/${fileOf(n)}`);
  }
}
