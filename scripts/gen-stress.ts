/**
 * npm run gen:stress -- --events 100000 --out tmp/stress-100k.json [--seed 1] [--check | --no-check]
 *
 * Writes a large, schema-valid, deterministic dataset for stress tests and `npm run bench`.
 * Meta, issues, actors and summits come from data/dataset.json; the events are generated
 * (ids stress-000001…, dated 2018-01-01 to meta.lastUpdated, in date order), plus copies of
 * the real events that the summits point at, so every summit's `event` still resolves.
 *
 * Importing this module has no side effects: `generateDataset(n, seed)` is what the bench uses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Dataset,
  DisputeEvent,
  Effect,
  IssueStatus,
  Source,
  StatusEntry,
} from '../src/model/schema';
import { validateDataset } from '../src/model/validate';
import { LABEL_MAX } from '../src/model/schema';

const root = resolve(import.meta.dirname, '..');

/** Sizes up to this are validated unless --no-check; larger ones only with --check. */
export const DEFAULT_CHECK_LIMIT = 20_000;
export const STRESS_FROM = '2018-01-01';

/** Small, fast, seedable PRNG (32-bit state); returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let baseCache: Dataset | undefined;
let weightsCache: Record<string, number> | undefined;

/** The real dataset the stress data is built around (read once). */
export function loadBaseDataset(): Dataset {
  baseCache ??= JSON.parse(readFileSync(resolve(root, 'data', 'dataset.json'), 'utf8')) as Dataset;
  return baseCache;
}

/** CAMEO code → Goldstein weight (read once). */
export function loadGoldstein(): Record<string, number> {
  weightsCache ??= (
    JSON.parse(readFileSync(resolve(root, 'data', 'cameo-goldstein.json'), 'utf8')) as {
      weights: Record<string, number>;
    }
  ).weights;
  return weightsCache;
}

// A small vocabulary: plain English, a few accented words and a few Japanese and Korean
// words, so that search folding (NFKD, accents) and non-Latin text are exercised.
const SUBJECTS = [
  'Tokyo',
  'Seoul',
  'Foreign Minister Kōno',
  'Ōsaka court',
  'Kyūshū plaintiffs',
  'the Supreme Court',
  'the trade ministry',
  'Mitsubishi Heavy',
  'Nippon Steel',
  'the foundation',
  'lawmakers',
  'the embassy',
  '外務省',
  '대법원',
];
const VERBS = [
  'protests',
  'rejects',
  'welcomes',
  'announces',
  'reviews',
  'postpones',
  'signs',
  'criticises',
  'appeals',
  'eases',
  'tightens',
  'seeks talks on',
];
const OBJECTS = [
  'export controls',
  'the asset seizure',
  'the 1965 accord',
  'GSOMIA',
  'the white list',
  'the compensation fund',
  'the WTO panel',
  'summit talks',
  'the statue in Busan',
  'travel curbs',
  'the détente',
  'a new régime of checks',
  '徴用工 ruling',
  '독도 visit',
  '위안부 agreement',
];
const TAILS = [
  'officials said',
  'according to Kyodo',
  'Yonhap reported',
  'in a statement',
  'amid protests',
  'after a café meeting',
  'citing 竹島',
  'citing 강제징용',
  'ahead of the 정상회담',
  'as 首脳会談 nears',
];
const PUBLISHERS = ['Example Wire', 'Daily Tōkyō', 'Herald 서울', 'Stress News'];
const SOURCE_TITLES = ['Report', 'Briefing', 'Statement', 'Dispatch', 'Analysis', '速報', '보도'];
const ISSUE_STATUSES: IssueStatus[] = ['escalating', 'active', 'easing', 'resolved'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function isoOfDay(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}
function dayOfIso(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 864e5);
}

/**
 * A deterministic dataset of `n` generated events (plus the real summit events).
 * Same `n` and `seed` give the same dataset, byte for byte once serialised.
 */
export function generateDataset(
  n: number,
  seed = 1,
  base: Dataset = loadBaseDataset(),
  goldstein: Record<string, number> = loadGoldstein(),
): Dataset {
  if (!Number.isInteger(n) || n < 0) throw new Error(`event count must be a whole number ≥ 0`);
  const rand = mulberry32(seed);
  const int = (max: number) => Math.floor(rand() * max); // 0 … max-1
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const pickDistinct = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(int(pool.length), 1)[0] as T);
    return out;
  };

  const issueIds = base.issues.map((i) => i.id);
  const actorIds = base.actors.map((a) => a.id);
  const kinds = [...new Set(base.events.map((e) => e.kind))].sort();
  if (kinds.length === 0) kinds.push('other');
  const codes = Object.keys(goldstein).sort();
  const first = dayOfIso(STRESS_FROM);
  const last = dayOfIso(base.meta.lastUpdated);
  const span = Math.max(1, last - first + 1);

  const days = Array.from({ length: n }, () => first + int(span)).sort((a, b) => a - b);
  const width = Math.max(6, String(n).length);
  const generated: DisputeEvent[] = days.map((day, i) => {
    const id = `stress-${String(i + 1).padStart(width, '0')}`;
    const monthly = rand() < 0.03;
    const date = monthly ? `${isoOfDay(day).slice(0, 8)}01` : isoOfDay(day);
    const issues = pickDistinct(issueIds, 1 + int(2));
    const cameo = pick(codes);
    const r = rand();
    const significance = r < 0.7 ? 1 : r < 0.95 ? 2 : 3;
    const title = capitalise(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`);
    const summary = capitalise(`${pick(OBJECTS)}, ${pick(TAILS)}.`);
    // numbered, so that labels stay unique within a month however many events there are
    const number = ` #${i + 1}`;
    const label = title.slice(0, LABEL_MAX - number.length).trimEnd() + number;
    let status: StatusEntry[] = [];
    if (rand() < 0.01) {
      const planned = isoOfDay(dayOfIso(date) - 7 - int(120));
      status = [
        { date: planned, status: 'planned' },
        { date, status: 'occurred' },
      ];
    }
    const effects: Effect[] =
      rand() < 0.005 ? [{ issue: issues[0] as string, status: pick(ISSUE_STATUSES) }] : [];
    const source: Source = {
      publisher: pick(PUBLISHERS),
      title: pick(SOURCE_TITLES),
      url: `https://example.org/stress/${id}`,
      published: date,
      kind: 'press',
    };
    return {
      id,
      date,
      datePrecision: monthly ? 'month' : 'day',
      title,
      label,
      summary,
      issues,
      actors: actorIds.length ? pickDistinct(actorIds, 1 + int(3)) : [],
      kind: pick(kinds),
      cameo,
      goldstein: goldstein[cameo] as number,
      significance,
      status,
      effects,
      related: [],
      sources: [source],
    };
  });

  // The real events the summits stand for, so that summits[].event resolves. Links to
  // events that are not copied are dropped, and so are condition effects that would now
  // come before the effect that sets the demand.
  const wanted = new Set(base.summits.map((s) => s.event));
  const copied = base.events
    .filter((e) => wanted.has(e.id))
    .map((e) => structuredClone(e))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const copiedIds = new Set(copied.map((e) => e.id));
  const demanded = new Set<string>();
  for (const e of copied) {
    e.related = e.related.filter((id) => copiedIds.has(id) && id !== e.id);
    e.effects = e.effects.filter((effect) => {
      if ('issue' in effect) return true;
      if (effect.state === 'not-met') demanded.add(effect.condition);
      return demanded.has(effect.condition);
    });
  }

  // merge in date order (generated ids are unique to this file, so no clash with real ids)
  const events: DisputeEvent[] = [];
  let g = 0;
  for (const e of copied) {
    while (g < generated.length && (generated[g] as DisputeEvent).date <= e.date)
      events.push(generated[g++] as DisputeEvent);
    events.push(e);
  }
  while (g < generated.length) events.push(generated[g++] as DisputeEvent);

  return {
    meta: {
      ...base.meta,
      subtitle: `Stress dataset: ${n.toLocaleString('en-GB')} generated events (seed ${seed}) — not real data`,
    },
    issues: base.issues,
    actors: base.actors,
    summits: base.summits,
    events,
  };
}

interface CliOptions {
  events: number;
  out: string;
  seed: number;
  check: boolean | null;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { events: 100_000, out: '', seed: 1, check: null };
  const number = (flag: string, value: string | undefined) => {
    const n = Number(value?.replace(/[_,]/g, ''));
    if (value === undefined || !Number.isInteger(n) || n < 0)
      throw new Error(`${flag} needs a whole number, got “${value ?? ''}”`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/) : [arg];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--events':
      case '-n':
        options.events = number('--events', value());
        break;
      case '--out':
      case '-o':
        options.out = value() ?? '';
        break;
      case '--seed':
        options.seed = number('--seed', value());
        break;
      case '--check':
        options.check = true;
        break;
      case '--no-check':
        options.check = false;
        break;
      case '--help':
      case '-h':
        console.log(
          'npm run gen:stress -- [--events N=100000] [--out FILE=tmp/stress-N.json] [--seed S=1] [--check|--no-check]\n' +
            `  --check validates with zod and the cross-checks before writing (default: only when N ≤ ${DEFAULT_CHECK_LIMIT})`,
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option “${arg}” (try --help)`);
    }
  }
  if (!options.out) options.out = `tmp/stress-${options.events}.json`;
  return options;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${(bytes / 1024).toFixed(1)} KiB`;
}

function main() {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const started = performance.now();
  const dataset = generateDataset(options.events, options.seed);
  const generatedMs = performance.now() - started;

  const check = options.check ?? options.events <= DEFAULT_CHECK_LIMIT;
  if (check) {
    const t = performance.now();
    // validateDataset = the zod schema (Dataset) first, then the cross-reference checks
    const result = validateDataset(dataset, loadGoldstein());
    if (!result.ok) {
      for (const p of result.problems) console.error(`${p.path}\t${p.message}`);
      console.error(`generated dataset is not valid: ${result.problems.length} problem(s)`);
      process.exit(1);
    }
    console.log(
      `validated (zod schema + cross-checks) in ${(performance.now() - t).toFixed(0)} ms`,
    );
  } else {
    console.log(
      `not validated (pass --check to validate; default only for ≤ ${DEFAULT_CHECK_LIMIT} events)`,
    );
  }

  const json = JSON.stringify(dataset);
  const out = resolve(process.cwd(), options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const bytes = Buffer.byteLength(json);
  const limit = 64 * 1024 * 1024;
  console.log(
    `wrote ${relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out)}: ${dataset.events.length} events ` +
      `(${options.events} generated, seed ${options.seed}), ${formatBytes(bytes)} ` +
      `(${((bytes / limit) * 100).toFixed(0)}% of the 64 MiB load limit)`,
  );
  console.log(
    `took ${((performance.now() - started) / 1000).toFixed(2)} s (generation ${generatedMs.toFixed(0)} ms)`,
  );
  if (bytes > limit) {
    console.error('warning: the file is over the 64 MiB limit the app accepts for ?data=');
    process.exitCode = 1;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) main();
