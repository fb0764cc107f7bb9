/**
 * `npm run test:e2e`: Playwright in Debian's Chromium. Without a browser it says so
 * loudly with the install command; with CI=true a missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from '../tests/e2e/chromium.ts';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run test:e2e [-- <playwright test args>]\nRuns tests/e2e/*.spec.ts in Chromium (CHROME_PATH or /usr/bin/chromium) against the real server.',
  );
  process.exit(0);
}

if (!findChromium()) {
  const banner = '!'.repeat(78);
  console.error(
    `\n${banner}\n  END-TO-END TESTS NOT RUN: no Chromium found (CHROME_PATH, /usr/bin/chromium).\n  ${INSTALL_HINT}\n${banner}\n`,
  );
  process.exit(process.env.CI ? 1 : 0);
}

const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
