/**
 * npm run validate:data [-- file.json] [--indicators indicators.json]
 * Checks the dataset against the schema and the cross-reference rules, plus the
 * CAMEO–Goldstein table in data/cameo-goldstein.json. One line per problem:
 * file, event id, field, message. Exits 1 when anything is wrong. Warnings (AMP copies
 * cited as sources) are printed the same way, marked "warning", and do not fail.
 * The bundled dataset must give meta.searchedThrough; in any dataset that gives it, a day more
 * than 60 days after the latest event needs meta.searchedThroughNote (src/model/cross-check.ts).
 * The bundled dataset's Japanese and Korean translations (data/translations/*.json) are
 * checked against it too: every text translated, no stray ids, and none of the terms that
 * data/translations/glossary.json rules out (outside quotation marks). Every source marked primary
 * must meet the strict primary rule (src/model/primary-rule.ts: official host, dated within
 * 7 days of the event), and no reference source may lead an event that has a better one.
 * Then checks the indicator series (data/indicators.json unless --indicators names
 * another file): schema, periods in order and unique, source indexes, clean https links.
 * Then the story (data/story.json): schema, every linked event in the dataset and dated on or
 * before its chapter, and each chapter's title and sentences in both translations.
 */
import { readFileSync } from 'node:fs';
import {
  indicatorTranslationProblems,
  Translation,
  translationProblems,
} from '../src/model/translations';
import { Glossary, glossaryProblems } from '../src/model/glossary';
import type { Problem } from '../src/model/problems';
import { strictPrimaryProblems } from '../src/model/primary-rule';
import { ampWarnings } from '../src/model/source-urls';
import { validateDataset } from '../src/model/validate';
import { validateIndicators } from '../src/model/validate-indicators';
import { storyTranslationProblems, validateStory, type Story } from '../src/model/story-schema';

const args = process.argv.slice(2);
const flag = args.indexOf('--indicators');
const indicatorsFile = flag >= 0 ? args[flag + 1] : 'data/indicators.json';
if (flag >= 0) args.splice(flag, 2);
const file = args[0] ?? 'data/dataset.json';
const table = JSON.parse(readFileSync('data/cameo-goldstein.json', 'utf8')) as {
  weights: Record<string, number>;
};

const json = readJson(file);
if (json === undefined) process.exit(1);

const listed = (json as { events?: unknown } | null)?.events;
const events: { id?: unknown }[] = Array.isArray(listed) ? listed : [];
/** file, event id (or -), field, message */
function line(p: Problem, prefix = ''): string {
  const m = /^events\[(\d+)\]\.?(.*)$/.exec(p.path);
  const id = m ? String(events[Number(m[1])]?.id ?? `#${m[1]}`) : '-';
  const field = m ? m[2] || '(event)' : p.path;
  return `${file}\t${id}\t${field}\t${prefix}${p.message}`;
}

const indicatorsOk = checkIndicators(indicatorsFile);
const result = validateDataset(json, table.weights);
if (!result.ok) {
  for (const p of result.problems) console.error(line(p));
  console.error(`${result.problems.length} problem(s) in ${file}`);
  process.exit(1);
}
const d = result.data;
const strict = strictPrimaryProblems(d.events);
if (strict.length) {
  for (const p of strict) console.error(line(p));
  console.error(`${strict.length} source(s) break the strict primary rule in ${file}`);
  process.exit(1);
}
if (file === 'data/dataset.json') {
  // the bundled data must say how far reports were searched, so the page can say where it stops
  if (!d.meta.searchedThrough) {
    console.error(
      `${file}\t-\tmeta.searchedThrough\tmissing: the day through which reports were searched`,
    );
    process.exit(1);
  }
  const story = checkStory();
  let failed = story ? 0 : 1;
  const glossary = Glossary.parse(
    JSON.parse(readFileSync('data/translations/glossary.json', 'utf8')),
  );
  for (const lang of ['ja', 'ko'] as const) {
    const path = `data/translations/${lang}.json`;
    let problems: Problem[];
    try {
      const parsed = Translation.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      problems = parsed.success
        ? [
            ...translationProblems(d, parsed.data),
            ...indicatorTranslationProblems(indicatorIds(), parsed.data),
            ...glossaryProblems(parsed.data, lang, glossary),
            ...(story ? storyTranslationProblems(story, parsed.data) : []),
          ]
        : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    } catch (error) {
      problems = [
        { path: '(file)', message: error instanceof Error ? error.message : String(error) },
      ];
    }
    for (const p of problems) console.error(`${path}\t${p.path}\t${p.message}`);
    failed += problems.length;
  }
  if (failed) {
    console.error(`${failed} problem(s) in the translations`);
    process.exit(1);
  }
}
const warnings = ampWarnings(d);
for (const w of warnings) console.error(line(w, 'warning: '));
const sources = d.events.reduce((n, e) => n + e.sources.length, 0);
console.log(
  `${file}: valid — ${d.events.length} events, ${sources} sources, ${d.issues.length} issues, ${d.actors.length} actors, ${d.summits.length} summits${warnings.length ? `; ${warnings.length} warning(s)` : ''}`,
);
if (!indicatorsOk) process.exit(1);

/** data/story.json against the dataset; the story when valid, null (problems printed) when not. */
function checkStory(): Story | null {
  const path = 'data/story.json';
  const data = readJson(path);
  if (data === undefined) return null;
  const checked = validateStory(data, d);
  if (!checked.ok) {
    for (const p of checked.problems) console.error(`${path}\t${p.path}\t${p.message}`);
    console.error(`${checked.problems.length} problem(s) in ${path}`);
    return null;
  }
  console.log(`${path}: valid — ${checked.data.chapters.length} chapters`);
  return checked.data;
}

/** The series ids of the bundled indicators, which the translations title. */
function indicatorIds(): string[] {
  const data = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as {
    series?: { id: string }[];
  };
  return (data.series ?? []).map((s) => s.id);
}

/** file, series id (or -), field, message; true when the file is valid. */
function checkIndicators(path: string | undefined): boolean {
  if (!path) {
    console.error('--indicators needs a file');
    return false;
  }
  const data = readJson(path);
  if (data === undefined) return false;
  const checked = validateIndicators(data);
  if (!checked.ok) {
    const list = (data as { series?: unknown } | null)?.series;
    const series: { id?: unknown }[] = Array.isArray(list) ? list : [];
    for (const p of checked.problems) {
      const m = /^series\[(\d+)\]\.?(.*)$/.exec(p.path);
      const id = m ? String(series[Number(m[1])]?.id ?? `#${m[1]}`) : '-';
      console.error(`${path}\t${id}\t${m ? m[2] || '(series)' : p.path}\t${p.message}`);
    }
    console.error(`${checked.problems.length} problem(s) in ${path}`);
    return false;
  }
  const points = checked.data.series.reduce((n, s) => n + s.points.length, 0);
  const sources = checked.data.series.reduce((n, s) => n + s.sources.length, 0);
  console.log(
    `${path}: valid — ${checked.data.series.length} series, ${points} points, ${sources} sources`,
  );
  return true;
}

/** A file's JSON, or undefined after saying why it cannot be read. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(
      `${path}: cannot read JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}
