/**
 * Everything the bench starts (servers, browsers, temporary files) is registered here and
 * stopped on the way out, also on failure or Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { root } from './common';

const cleanups = new Map<string, () => Promise<void> | void>();

export function onCleanup(name: string, fn: () => Promise<void> | void) {
  cleanups.set(name, fn);
}

export function forget(name: string) {
  cleanups.delete(name);
}

export async function cleanupAll() {
  for (const [name, fn] of [...cleanups.entries()].reverse()) {
    cleanups.delete(name);
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup of ${name} failed: ${String(error)}`);
    }
  }
}

let interrupted = false;
export const isInterrupted = () => interrupted;

/** Nothing new is started once the bench has been interrupted. */
export function stopIfInterrupted() {
  if (interrupted) throw new Error('interrupted');
}

export function handleSignals() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping the servers and browsers…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}

/** Runs a command in the project folder, its output passed through; rejects on failure. */
export function run(command: string, args: string[]): Promise<void> {
  const name = `${command} ${args.join(' ')}`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    onCleanup(name, () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      forget(name);
      if (code === 0) resolvePromise();
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
