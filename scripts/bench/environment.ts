/** The machine and the code a bench ran on, named in its report. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { chromePath, root, round } from './common';
import { timelineJsVersion } from './reference';

const require = createRequire(import.meta.url);

function output(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

function packageVersion(name: string): string {
  try {
    const path = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function environment() {
  const cpu = cpus();
  const chromium = output(chromePath, ['--version']) ?? 'unknown';
  const commit = output('git', ['rev-parse', 'HEAD']) ?? 'unknown';
  const changed = output('git', ['status', '--porcelain']);
  return {
    date: new Date().toISOString(),
    commit,
    /** files changed since the commit (the figures are of the working tree) */
    uncommittedChanges: changed ? changed.split('\n').length : 0,
    branch: output('git', ['rev-parse', '--abbrev-ref', 'HEAD']) ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch} (kernel ${release()})`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    /** 1-minute load average when the bench started (other work on the machine skews timings) */
    loadAverageAtStart: round(loadavg()[0] ?? 0, 1),
    chromePath,
    chromium: /\d+(\.\d+)+/.exec(chromium)?.[0] ?? chromium,
    lighthouseVersion: packageVersion('lighthouse'),
    playwright: packageVersion('@playwright/test'),
    vitest: packageVersion('vitest'),
    timelineJs: timelineJsVersion,
  };
}
export type Environment = ReturnType<typeof environment>;

/** "abc1234" or "abc1234 + 3 uncommitted changes" */
export function commitLabel(env: Environment): string {
  const short = env.commit.slice(0, 7);
  return env.uncommittedChanges
    ? `${short} + ${env.uncommittedChanges} uncommitted change(s)`
    : short;
}
