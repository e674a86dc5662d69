import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Runs `npm run snapshot` with these arguments, as a user would (throws when it fails). */
function snapshot(args: string[], timeout = 110_000) {
  execFileSync('npx', ['tsx', 'scripts/snapshot.ts', ...args], { stdio: 'pipe', timeout });
}

test('npm run snapshot renders the view’s PNG from the command line', async () => {
  test.setTimeout(120_000);
  const out = test.info().outputPath('snap.png');
  snapshot(['--url', '?issues=gsomia&asOf=2020-10-27', '--out', out, '--size', '600']);
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1200);
});

test('npm run snapshot --permalink-base draws the public address, never the local server', async () => {
  test.setTimeout(120_000);
  const out = test.info().outputPath('snap.svg');
  snapshot([
    '--url',
    'asOf=2020-10-27',
    '--out',
    out,
    '--svg',
    '--permalink-base',
    'https://example.org/tracker/',
  ]);
  // the label's status word is kept apart by a no-break space, as the image draws it
  const text = readFileSync(out, 'utf8')
    .replace(/<[^>]+>/g, '')
    .replace(/\u00a0/g, ' ');
  expect(text).toContain('https://example.org/tracker/?asOf=2020-10-27');
  expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  expect(text).toContain('Takizaki–Kim talks in Seoul · planned');
});

test('npm run snapshot refuses a permalink base that is not an http(s) address', () => {
  let status = 0;
  try {
    snapshot(['--permalink-base', 'javascript:alert(1)'], 30_000);
  } catch (error) {
    status = (error as { status: number }).status;
  }
  expect(status).toBe(2);
});

test('npm run snapshot with lang=ko draws the image in Korean, and its permalink says so', async () => {
  test.setTimeout(120_000);
  const out = test.info().outputPath('snap-ko.svg');
  snapshot([
    '--url',
    'lang=ko&issues=gsomia&asOf=2020-10-27',
    '--out',
    out,
    '--svg',
    '--permalink-base',
    'https://example.org/tracker/',
  ]);
  const svg = readFileSync(out, 'utf8');
  const text = svg.replace(/<[^>]+>/g, '');
  expect(svg).toContain('lang="ko"');
  expect(text).toContain('한일 갈등 트래커');
  expect(text).toContain('2020년 10월 27일');
  expect(text).toContain('https://example.org/tracker/?');
  expect(text).toMatch(/lang=ko/);
});
