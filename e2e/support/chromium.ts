/**
 * Debian's Chromium (or CHROMIUM_PATH) with the flags this kind of machine needs: no sandbox as root,
 * and no background traffic to hosts a closed network refuses. Used by the e2e suite and the benchmarks.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
