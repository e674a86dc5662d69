import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run validate:data`'s script on a file; returns its exit code and output. */
function validate(file?: string): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/validate-data.ts', ...(file ? [file] : [])], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

function copyWith(change: (d: { events: { id: string; date: string }[] }) => void): string {
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
});
