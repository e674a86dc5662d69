/**
 * Part c: the derive timings, measured by `vitest bench` (tests/bench/derive.bench.ts, also
 * `npm run bench:derive`); its medians are copied into the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './cleanup';
import { BUDGET, ms, outDir, raw, round, row } from './common';

export const DERIVE_JSON = join(outDir, 'derive.json');

interface VitestBench {
  name: string;
  median: number;
  mean: number;
  min: number;
  max: number;
  p99: number;
  sampleCount: number;
}
interface VitestReport {
  files: { groups: { fullName: string; benchmarks: VitestBench[] }[] }[];
}

/** events → bench name → timing (ms) */
export type DeriveTable = Record<string, Record<string, Omit<VitestBench, 'name'>>>;

export function readDeriveReport(path = DERIVE_JSON): DeriveTable {
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
  const table: DeriveTable = {};
  for (const file of report.files)
    for (const group of file.groups) {
      const size = /(\d+) events$/.exec(group.fullName)?.[1];
      if (!size) continue;
      const benches: DeriveTable[string] = {};
      for (const { name, median, mean, min, max, p99, sampleCount } of group.benchmarks)
        benches[name] = {
          median: round(median, 4),
          mean: round(mean, 4),
          min: round(min, 4),
          max: round(max, 4),
          p99: round(p99, 4),
          sampleCount,
        };
      table[size] = benches;
    }
  if (Object.keys(table).length === 0) throw new Error(`${path} holds no "<n> events" group`);
  return table;
}

export async function deriveTimings() {
  await run('npx', [
    'vitest',
    'bench',
    '--run',
    'tests/bench/derive.bench.ts',
    '--outputJson',
    DERIVE_JSON,
  ]);
  const table = readDeriveReport();
  raw.derive = {
    tool: 'vitest bench (tinybench)',
    file: 'tests/bench/derive.bench.ts',
    sizes: table,
  };
  for (const [size, benches] of Object.entries(table)) {
    const n = Number(size);
    const label = n.toLocaleString('en-GB');
    const warm = benches['total (warm)'];
    const cold = benches['total (cache-cold)'];
    if (warm) {
      const budgeted = n === 100_000;
      row(
        'derive',
        `Filter + derive total, ${label} events (warm, median of ${warm.sampleCount})`,
        ms(warm.median),
        budgeted
          ? { budget: `≤ ${BUDGET.deriveTotalMs} ms`, pass: warm.median <= BUDGET.deriveTotalMs }
          : {},
      );
    }
    if (cold)
      row(
        'derive',
        `Filter + derive total, ${label} events (cache-cold, median of ${cold.sampleCount})`,
        ms(cold.median),
      );
  }
}
