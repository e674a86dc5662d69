import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

// E2E_PORT lets two checkouts on one machine run their journeys side by side
const port = Number(process.env.E2E_PORT ?? 4173);

/** Browser journeys on the built app (`npm run build` first), served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // A journey that opens the phone page, scrolls it through and runs axe over it took more
  // than 30 s on this 2-core machine with a load average above 20 (axe alone, ~20 s): a
  // bound for a loaded machine, not a wait; a passing journey ends when it is done.
  timeout: 90_000,
  // Likewise for each expect(): 5 s (the default) was too short for a state to be reached on
  // this machine while another process kept a core busy (the suite run three times so).
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
