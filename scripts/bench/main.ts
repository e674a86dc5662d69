/**
 * npm run bench — a performance report, not a test: it prints figures against budgets, each
 * beside the same figure for a reference page (TimelineJS) measured in the same run, and
 * writes bench-results/latest.json (raw numbers) and bench-results/latest.md (a block ready
 * for the README between `<!-- bench:start -->` and `<!-- bench:end -->`). Budgets are
 * reported PASS/FAIL; the exit code is 0 whatever they say (it is 1 only when a
 * measurement itself could not be made).
 *
 *  a. `npm run build`, then gzip sizes (sizes.ts);
 *  b. Lighthouse 12 mobile, 3 runs of the app and of the reference (lighthouse.ts);
 *  c. derive timings by `vitest bench` at 1k / 10k / 100k events (derive.ts);
 *  d. navigation → first timeline paint, LCP and the longest start-up task in Chromium, at
 *     148 / 10k / 100k events and for the reference (first-paint.ts);
 *  e. interactions (Event Timing) at 148 / 10k / 100k events and on the reference
 *     (interaction.ts).
 *
 * `npm run bench -- --only c` (any of a–e, comma-separated) runs some parts only and writes
 * bench-results/partial.* instead; without a, the existing dist/ is used. The reference is
 * measured along b, d and e unless `--no-reference`. Needs no network beyond localhost; the
 * servers (ports 4400–4499) and browsers it starts are stopped on the way out, also on
 * failure or Ctrl-C.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cleanupAll, handleSignals, isInterrupted, stopIfInterrupted } from './cleanup';
import { BUDGET, dist, errors, message, outDir, raw, rows } from './common';
import { removeStressData, writeStressData } from './datasets';
import { deriveTimings } from './derive';
import { commitLabel, environment } from './environment';
import { paintTimings } from './first-paint';
import { interactionTimings } from './interaction';
import { lighthouseRuns } from './lighthouse';
import { buildReference, removeReference } from './reference';
import { consoleTable, duration, markdown } from './report';
import { startPreview, type Server } from './server';
import { buildAndSizes } from './sizes';

const PARTS = ['a', 'b', 'c', 'd', 'e'];

async function section(name: string, fn: () => Promise<void> | void): Promise<boolean> {
  if (isInterrupted()) return false;
  console.log(`\n== ${name}`);
  const started = performance.now();
  try {
    await fn();
    console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    console.error(`${name} failed: ${message(error)}`);
    errors.push({ section: name, message: message(error) });
    rows.push({
      section: name,
      figure: `${name}: could not be measured`,
      value: 'error',
      reference: '—',
      ratio: '—',
      budget: '—',
      status: 'ERROR',
    });
    return false;
  }
}

function parseArgs(argv: string[]): { only: Set<string> | null; reference: boolean } {
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const list = arg === '--only' ? argv[i + 1] : arg.startsWith('--only=') ? arg.slice(7) : null;
    if (list === null) continue;
    only = new Set((list ?? '').split(',').map((part) => part.trim()));
    const unknown = [...only].filter((part) => !PARTS.includes(part));
    if (unknown.length || only.size === 0)
      throw new Error(`--only takes parts among ${PARTS.join(',')}, got “${list ?? ''}”`);
  }
  return { only, reference: !argv.includes('--no-reference') };
}

/** A fingerprint of dist/: the browser figures are only good if nothing rebuilt it meanwhile. */
function distStamp(): string {
  try {
    return createHash('sha256')
      .update(readFileSync(join(dist, 'index.html')))
      .update(readdirSync(join(dist, 'assets')).sort().join('\n'))
      .digest('hex');
  } catch {
    return 'missing';
  }
}

/** Parts b, d and e: the app and the reference page, each behind its own preview server. */
async function browserParts(wants: (part: string) => boolean, withReference: boolean) {
  const stamp = distStamp();
  let app: Server | null = null;
  let reference: Server | null = null;
  let referenceFolder: string | null = null;
  try {
    // the stress files must be in dist/ before the preview server starts and lists it
    const { targets, bytes } =
      wants('d') || wants('e') ? writeStressData() : { targets: [], bytes: {} };
    raw.stressFileBytes = bytes;
    stopIfInterrupted();
    app = await startPreview(dist, 'app');
    console.log(`app: ${app.url}`);
    if (withReference) {
      referenceFolder = buildReference();
      reference = await startPreview(referenceFolder, 'reference');
      console.log(`reference: ${reference.url}`);
    }
    const appUrl = app.url;
    const refUrl = reference?.url ?? null;
    if (wants('b')) await section('b. lighthouse', () => lighthouseRuns(appUrl, refUrl));
    if (wants('d'))
      await section('d. first timeline paint', () => paintTimings(appUrl, targets, refUrl));
    if (wants('e'))
      await section('e. interactions', () => interactionTimings(appUrl, targets, refUrl));
    if (distStamp() !== stamp) {
      const text =
        'dist/ changed while the preview server was running (another build?): the browser figures may be wrong; run the bench again';
      console.error(text);
      errors.push({ section: 'dist', message: text });
    }
  } catch (error) {
    console.error(message(error));
    errors.push({ section: 'preview', message: message(error) });
  } finally {
    await app?.stop();
    await reference?.stop();
    removeStressData();
    if (referenceFolder) removeReference(referenceFolder);
  }
}

async function main() {
  const started = performance.now();
  handleSignals();
  const { only, reference } = parseArgs(process.argv.slice(2));
  const wants = (part: string) => !only || only.has(part);
  const env = environment();
  Object.assign(raw, env, { budgets: BUDGET });
  console.log(
    `bench: ${env.date} · commit ${commitLabel(env)} · ${env.cpu} × ${env.cores} · ` +
      `Node ${env.node} · Chromium ${env.chromium}`,
  );
  try {
    const built = wants('a')
      ? await section('a. build and sizes', buildAndSizes)
      : existsSync(join(dist, 'index.html'));
    if (wants('c')) await section('c. derive timings (vitest bench)', deriveTimings);
    const browser = wants('b') || wants('d') || wants('e');
    if (browser && built) await browserParts(wants, reference);
    else if (browser)
      errors.push({ section: 'dist', message: 'no dist/index.html: build first (part a)' });
  } finally {
    await cleanupAll();
  }

  const totalSeconds = (performance.now() - started) / 1000;
  raw.totalSeconds = Math.round(totalSeconds);
  raw.loadAverageAtEnd = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  raw.rows = rows;
  raw.errors = errors;
  mkdirSync(outDir, { recursive: true });
  const name = only ? 'partial' : 'latest';
  if (only) raw.only = [...only];
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(raw, null, 2)}\n`);
  writeFileSync(join(outDir, `${name}.md`), markdown(env, raw, totalSeconds));
  console.log(`\n${consoleTable()}\n`);
  const failed = rows.filter((r) => r.status === 'FAIL').length;
  console.log(
    `${rows.filter((r) => r.status === 'PASS').length} budget(s) met, ${failed} not met` +
      (errors.length ? `, ${errors.length} measurement(s) failed` : '') +
      ` — took ${duration(totalSeconds)}; wrote bench-results/${name}.json and bench-results/${name}.md`,
  );
  // budgets are reported, not asserted; only a measurement that could not be made fails
  process.exitCode = errors.length ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error);
  await cleanupAll();
  process.exit(1);
});
