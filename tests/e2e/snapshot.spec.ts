import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

test('npm run snapshot renders the view’s PNG from the command line', async () => {
  test.setTimeout(120_000);
  const out = test.info().outputPath('snap.png');
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/snapshot.ts',
      '--url',
      '?issues=gsomia&asOf=2020-10-27',
      '--out',
      out,
      '--size',
      '600',
    ],
    {
      stdio: 'pipe',
      timeout: 110_000,
    },
  );
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1200);
});
