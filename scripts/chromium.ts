/**
 * How every script and test here starts Chromium: the system's browser (none is
 * downloaded), and without the background services that would try to reach the network.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
