/**
 * The report: a table for the console, and bench-results/<name>.md, whose block between
 * `<!-- bench:start -->` and `<!-- bench:end -->` is ready to replace the README's; details
 * that are not for the README follow the block.
 */
import { errors, kib, round, rows, TIMELINE_SELECTOR, type Row } from './common';
import type { DeriveTable } from './derive';
import { commitLabel, type Environment } from './environment';
import { interactionDetails } from './interaction-report';
import type { LhSummary } from './lighthouse';
import { REFERENCE_EVENTS, REFERENCE_NAME } from './reference';

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return m ? `${m} min ${s} s` : `${s} s`;
}

export function consoleTable(): string {
  const header: Row = {
    section: '',
    figure: 'Figure',
    value: 'Value',
    reference: 'Reference',
    ratio: 'Ratio',
    budget: 'Budget',
    status: '—',
  };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const [wf, wv, wr, wq, wb] = (['figure', 'value', 'reference', 'ratio', 'budget'] as const).map(
    width,
  );
  return all
    .map(
      (r, i) =>
        `${r.figure.padEnd(wf!)}  ${r.value.padStart(wv!)}  ${r.reference.padStart(wr!)}  ` +
        `${r.ratio.padStart(wq!)}  ${r.budget.padEnd(wb!)}  ${i === 0 ? 'Result' : r.status}`,
    )
    .join('\n');
}

function deriveTable(derive: { sizes: DeriveTable }): string[] {
  const sizes = Object.keys(derive.sizes);
  const names = [...new Set(sizes.flatMap((n) => Object.keys(derive.sizes[n]!)))];
  return [
    '',
    '#### Derive steps (`npm run bench:derive`, vitest bench; median ms per call)',
    '',
    `| Step | ${sizes.map((n) => `${Number(n).toLocaleString('en-GB')} events`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...names.map(
      (name) =>
        `| ${name} | ${sizes.map((n) => derive.sizes[n]![name]?.median.toFixed(3) ?? '—').join(' | ')} |`,
    ),
  ];
}

const NOTES =
  'Sizes are gzip level 9, 1 KiB = 1024 bytes. Lighthouse 12 runs its default mobile config ' +
  '(simulated throttling) against `vite preview`, app and reference in turn. ' +
  '“First timeline paint” is performance.now() at the first animation frame in which ' +
  `\`${TIMELINE_SELECTOR}\` is attached and visible (1280×900, fresh browser context); ` +
  '“start-up” runs from navigation to one second after `<html data-ready>`, and its longest ' +
  'task is the longest `longtask` entry (tasks under 50 ms are not reported). ' +
  'Interactions are timed with the Event Timing API in Chromium at 1280×900 without CPU ' +
  'throttling: the longest `event` entry of the input (pointerdown … click, keydown/keyup), ' +
  'from the input to the next paint; the browser reports none under 16 ms, hence “< 16”. ' +
  'Each is repeated on one page per dataset; PASS/FAIL is judged on the median. ' +
  `Reference: ${REFERENCE_NAME} (npm \`@knight-lab/timelinejs\`) showing the first ` +
  `${REFERENCE_EVENTS} events of data/dataset.json, from a local folder served by the same ` +
  '`vite preview`, no request to another site; ratio = our figure ÷ the reference’s (for ' +
  'times, below 1 is faster than TimelineJS); the issue toggle, search keystroke and ' +
  'time-cursor step are compared with its “next” button, the zoom with its “Zoom in”. ' +
  'Derive timings call src/derive/* as the components do (issue filter and query “kono”; ' +
  '“warm”: indexes built, the issue filter switched on each call; “cache-cold”: a fresh ' +
  'events array each call).';

/** The block for the README, markers included. */
function readmeBlock(env: Environment, raw: Record<string, unknown>, totalSeconds: number) {
  const lines = [
    '<!-- bench:start -->',
    '',
    `Measured by \`npm run bench\` (${duration(totalSeconds)}) on ${env.date.slice(0, 10)} at commit ` +
      `${commitLabel(env)} · ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB · Node ${env.node} · ` +
      `Chromium ${env.chromium} · Lighthouse ${env.lighthouseVersion} · load average ` +
      `${env.loadAverageAtStart} at the start, ${raw.loadAverageAtEnd ?? '?'} at the end`,
    '',
    `| Figure | Value | ${REFERENCE_NAME} | Ratio | Budget | Pass/fail |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${esc(r.figure)} | ${esc(r.value)} | ${esc(r.reference)} | ${r.ratio} | ${esc(r.budget)} | ${r.status} |`,
    ),
  ];
  const derive = raw.derive as { sizes: DeriveTable } | undefined;
  if (derive) lines.push(...deriveTable(derive));
  lines.push('', NOTES, '', '<!-- bench:end -->');
  return lines;
}

function lighthouseDetails(lh: Omit<LhSummary, 'middle'>): string[] {
  const lines = [
    '',
    `### Lighthouse: audits not passed, largest savings first (median run of ${lh.url})`,
    '',
  ];
  if (lh.opportunities.length === 0) lines.push('None.');
  for (const o of lh.opportunities.slice(0, 10)) {
    const savings = [
      o.savingsMs ? `${o.savingsMs} ms` : '',
      o.savingsBytes ? kib(o.savingsBytes) : '',
      ...Object.entries(o.metricSavings).map(([k, v]) => `${k} ${round(v, 3)}`),
    ].filter(Boolean);
    lines.push(
      `- ${esc(o.title)} (\`${o.id}\`, ${o.category}, score ${o.score ?? 'n/a'})` +
        (o.displayValue ? ` — ${esc(o.displayValue)}` : '') +
        (savings.length ? `; savings: ${savings.join(', ')}` : ''),
    );
  }
  if (lh.lcpElement || Object.keys(lh.lcpPhases).length)
    lines.push(
      '',
      `LCP element: \`${(lh.lcpElement ?? 'n/a').replace(/`/g, "'").slice(0, 160)}\`` +
        (Object.keys(lh.lcpPhases).length
          ? `; phases: ${Object.entries(lh.lcpPhases)
              .map(([k, v]) => `${k} ${v} ms`)
              .join(', ')}`
          : ''),
    );
  if (lh.longTasks.length)
    lines.push(
      '',
      `Long tasks (simulated): ${lh.longTasks
        .slice(0, 5)
        .map((t) => `${t.ms} ms at ${t.startMs} ms in \`${t.url || '(unattributed)'}\``)
        .join('; ')}`,
    );
  if (lh.erroredAudits.length)
    lines.push(
      '',
      `Lighthouse could not run ${lh.erroredAudits.length} audit(s): ${lh.erroredAudits.map((a) => `\`${a.id}\``).join(', ')} — ${esc(lh.erroredAudits[0]!.message)}`,
    );
  return lines;
}

/** Requests to other sites that any page made (blocked: the browsers resolve only localhost). */
function externalRequests(raw: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key = '') => {
    if (Array.isArray(value)) {
      if (key === 'externalRequests') value.forEach((v) => found.add(String(v)));
      else value.forEach((v) => walk(v));
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(raw);
  return [...found];
}

export function markdown(env: Environment, raw: Record<string, unknown>, totalSeconds: number) {
  const lines = readmeBlock(env, raw, totalSeconds);
  lines.push('', '## Details (not for the README)');
  const lh = raw.lighthouse as
    { app: Omit<LhSummary, 'middle'>; reference: Omit<LhSummary, 'middle'> | null } | undefined;
  if (lh) lines.push(...lighthouseDetails(lh.app));
  lines.push(...interactionDetails(raw));
  const external = externalRequests(raw);
  if (external.length)
    lines.push(
      '',
      `Requests to other sites (blocked): ${external.map((u) => `\`${u}\``).join(', ')}`,
    );
  else if (raw.lighthouse || raw.paint || raw.interactions)
    lines.push('', 'Requests to other sites: none, from the app or the reference page.');
  if (errors.length)
    lines.push('', '### Errors', '', ...errors.map((e) => `- ${e.section}: ${esc(e.message)}`));
  return `${lines.join('\n')}\n`;
}
