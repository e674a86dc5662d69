import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run validate:data`'s script on a file; returns its exit code and output (stdout, then stderr). */
function validate(file?: string): { code: number; out: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', ...(file ? [file] : [])], {
    encoding: 'utf8',
  });
  return { code: run.status ?? -1, out: `${run.stdout}${run.stderr}` };
}

function copyWith(
  change: (d: { events: { id: string; date: string; sources: { url: string }[] }[] }) => void,
): string {
  const data = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
  change(data);
  const file = join(mkdtempSync(join(tmpdir(), 'jk-')), 'copy.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('npm run validate:data', () => {
  it('passes on the bundled dataset', () => {
    const { code, out } = validate();
    expect(code).toBe(0);
    expect(out).toMatch(/valid — \d+ events/);
  }, 30_000);

  it('fails on a copy with an impossible date, naming the file, event and field', () => {
    const file = copyWith((d) => {
      d.events[7]!.date = '2019-02-30';
    });
    const id = JSON.parse(readFileSync('data/dataset.json', 'utf8')).events[7].id;
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain(`${file}\t${id}\tdate\tnot a valid date`);
  }, 30_000);

  it('fails on a copy with a duplicate id', () => {
    const file = copyWith((d) => {
      d.events[9]!.id = d.events[8]!.id;
    });
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toMatch(/duplicate event id/);
  }, 30_000);

  it('warns about an AMP copy without failing, and fails on a tracking parameter', () => {
    const data = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
    const id = data.events[5].id;
    const amp = copyWith((d) => {
      d.events[5]!.sources[0]!.url = 'https://example.com/amp/story';
    });
    const warned = validate(amp);
    expect(warned.code).toBe(0);
    expect(warned.out).toContain(
      `${amp}\t${id}\tsources[0].url\twarning: an AMP copy of the page: prefer the canonical address`,
    );
    expect(warned.out).toMatch(/valid — .*1 warning\(s\)/);
    const tracked = copyWith((d) => {
      d.events[5]!.sources[0]!.url = 'https://example.com/story?utm_source=rss&fbclid=x';
    });
    const refused = validate(tracked);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      `${tracked}\t${id}\tsources[0].url\ttracking parameters utm_source, fbclid in the source URL`,
    );
  }, 60_000);

  it('fails on a copy where a database copy or a late page is marked primary', () => {
    const data = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
    const i = data.events.findIndex(
      (e: { sources: { kind: string }[] }) => e.sources[0]?.kind === 'primary',
    );
    const id = data.events[i].id;
    const file = copyWith((d) => {
      d.events[i]!.sources[0]!.url = 'https://worldjpn.net/documents/texts/PI/x.html';
    });
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain(
      `${file}\t${id}\tsources[0]\tmarked primary but is not on an official host: mark it reference`,
    );
  }, 30_000);
  it('fails on a copy searched through more than 60 days after its latest event, unless a note says why', () => {
    const data = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
    const latest = data.meta.searchedThrough as string;
    const later = new Date(Date.parse(latest) + 90 * 86_400_000).toISOString().slice(0, 10);
    const write = (meta: object) => {
      const file = join(mkdtempSync(join(tmpdir(), 'jk-')), 'copy.json');
      writeFileSync(file, JSON.stringify({ ...data, meta: { ...data.meta, ...meta } }));
      return file;
    };
    const stale = write({ searchedThrough: later });
    const refused = validate(stale);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`${stale}\t-\tmeta.searchedThrough\t`);
    expect(refused.out).toMatch(/\d+ days after the latest event \(\d{4}-\d\d-\d\d\)/);
    const noted = write({
      searchedThrough: later,
      searchedThroughNote:
        'Reports of these months were searched and held no event of the dispute.',
    });
    expect(validate(noted).code).toBe(0);
  }, 60_000);

  it('checks the indicators too: a broken copy fails naming the file, series and field', () => {
    const data = JSON.parse(readFileSync('data/indicators.json', 'utf8'));
    data.series[0].points[2].source = 99;
    const file = join(mkdtempSync(join(tmpdir(), 'jk-')), 'indicators.json');
    writeFileSync(file, JSON.stringify(data));
    const run = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', '--indicators', file], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file}\tjp-good-of-kr\tpoints[2].source\tsource 99 does not exist`,
    );
  }, 30_000);
});
