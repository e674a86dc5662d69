/**
 * Static servers for the pages under test: `vite preview` of a folder (dist/ for the app,
 * a temporary folder for the reference page), so both are served by the same server, on
 * ports 4400–4499 (other checkouts on this machine use 4173 and 4311).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { forget, onCleanup } from './cleanup';
import { errors, root, sleep } from './common';

export const PORTS = { from: 4400, to: 4499 };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolvePromise(false));
    server.listen(port, 'localhost', () => server.close(() => resolvePromise(true)));
  });
}

const taken = new Set<number>();

/** A port in 4400–4499 that nothing listens on, starting at a random one (runs side by side). */
export async function freePort(): Promise<number> {
  const span = PORTS.to - PORTS.from + 1;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORTS.from + ((start + i) % span);
    if (taken.has(port)) continue;
    if (await portIsFree(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORTS.from}–${PORTS.to}`);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise(true);
    });
  });
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `vite preview` of `folder` in its own process group and waits until it answers. */
export async function startPreview(folder: string, name: string): Promise<Server> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const vite = join(root, 'node_modules', '.bin', 'vite');
    const args = ['preview', '--outDir', folder, '--port', String(port), '--strictPort'];
    const child = spawn(vite, args, {
      cwd: root,
      detached: true, // own process group: stopped with everything under it
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const pid = child.pid;
    const killGroup = (signal: NodeJS.Signals) => {
      if (pid === undefined) return;
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    const lastResort = () => killGroup('SIGKILL');
    process.on('exit', lastResort);
    let stopping = false;
    let ready = false;
    child.once('exit', (code, signal) => {
      if (stopping || !ready) return;
      const text = `${name} server stopped by itself (${signal ?? `exit ${code}`}) during the bench: ${output.trim().split('\n').slice(-3).join(' / ')}`;
      console.error(text);
      errors.push({ section: name, message: text });
    });
    const stop = async () => {
      stopping = true;
      killGroup('SIGTERM');
      if (!(await exited(child, 5000))) killGroup('SIGKILL');
      process.off('exit', lastResort);
      forget(`${name} server`);
    };
    onCleanup(`${name} server`, stop);
    const url = `http://localhost:${port}/`;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) break;
      try {
        const response = await fetch(url);
        if (response.ok) {
          await response.arrayBuffer();
          ready = true;
          return { url, stop };
        }
      } catch {
        // not up yet
      }
      await sleep(200);
    }
    await stop();
    lastError = new Error(`vite preview of ${folder} did not answer on port ${port}:\n${output}`);
  }
  throw lastError;
}
