/**
 * npm run check-links [-- --out dir] [--timeout ms] [--concurrency n]
 * Requests every source address cited in data/dataset.json and data/indicators.json and
 * writes link-report/links.json (every address: status, redirects, final address, where
 * it is cited) and link-report/summary.md (counts, then what is broken, unanswered or
 * redirected). The folder is git-ignored. It needs the network, so it is not part of
 * `npm test` or CI. Exits 1 when any address is broken or gave no answer.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAll, collectLinks, DEFAULTS, summaryMarkdown } from './link-report';

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
function positive(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${name} needs a whole number above 0, not "${raw}"`);
    process.exit(2);
  }
  return n;
}

const out = option('--out') ?? 'link-report';
const options = {
  ...DEFAULTS,
  timeoutMs: positive('--timeout', DEFAULTS.timeoutMs),
  concurrency: positive('--concurrency', DEFAULTS.concurrency),
};

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const links = collectLinks(read('data/dataset.json'), read('data/indicators.json'));
console.log(
  `Checking ${links.size} addresses, ${options.concurrency} at a time, ${options.timeoutMs} ms each…`,
);

const results = await checkAll(links, options, (r, done, total) => {
  if (r.outcome === 'broken' || r.outcome === 'error')
    console.log(`[${done}/${total}] ${r.outcome}: ${r.url} (${r.error ?? r.status})`);
});

const checkedAt = new Date().toISOString();
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'links.json'),
  `${JSON.stringify({ checkedAt, options, results }, null, 2)}\n`,
);
const summary = summaryMarkdown(results, checkedAt);
writeFileSync(join(out, 'summary.md'), summary);
console.log(summary.split('\n')[2]);
console.log(`Report: ${join(out, 'links.json')} and ${join(out, 'summary.md')}`);
process.exit(results.some((r) => r.outcome === 'broken' || r.outcome === 'error') ? 1 : 0);
