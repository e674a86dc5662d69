/**
 * npm run validate:data [-- file.json]
 * Checks the dataset against the schema and the cross-reference rules, plus the
 * CAMEO–Goldstein table in data/cameo-goldstein.json. One line per problem:
 * file, event id, field, message. Exits 1 when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { validateDataset } from '../src/model/validate';

const file = process.argv[2] ?? 'data/dataset.json';
const table = JSON.parse(readFileSync('data/cameo-goldstein.json', 'utf8')) as {
  weights: Record<string, number>;
};

let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(
    `${file}: cannot read JSON: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const result = validateDataset(json, table.weights);
if (!result.ok) {
  const events = (json as { events?: { id?: unknown }[] }).events ?? [];
  for (const p of result.problems) {
    const m = /^events\[(\d+)\]\.?(.*)$/.exec(p.path);
    const id = m ? String(events[Number(m[1])]?.id ?? `#${m[1]}`) : '-';
    const field = m ? m[2] || '(event)' : p.path;
    console.error(`${file}\t${id}\t${field}\t${p.message}`);
  }
  console.error(`${result.problems.length} problem(s) in ${file}`);
  process.exit(1);
}
const d = result.data;
const sources = d.events.reduce((n, e) => n + e.sources.length, 0);
console.log(
  `${file}: valid — ${d.events.length} events, ${sources} sources, ${d.issues.length} issues, ${d.actors.length} actors, ${d.summits.length} summits`,
);
