/**
 * End-to-end tests in Debian's Chromium against the real server, started from a
 * clean database in a fresh temporary folder. Run through `npm run test:e2e`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './tests/e2e/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 8765);
// The static export (tests/e2e-static) is served on its own port by a plain file server.
const staticPort = Number(process.env.E2E_STATIC_PORT ?? port + 1);
const executablePath = findChromium();
if (!executablePath) throw new Error(`No Chromium for the end-to-end tests. ${INSTALL_HINT}`);

// Only the main process starts the server; workers reuse its address.
const databasePath = process.env.E2E_DATABASE_PATH ?? join(mkdtempSync(join(tmpdir(), 'ks-e2e-')), 'e2e.sqlite');
process.env.E2E_DATABASE_PATH = databasePath;
const exportDir = process.env.E2E_EXPORT_DIR ?? join(mkdtempSync(join(tmpdir(), 'ks-e2e-export-')), 'site');
process.env.E2E_EXPORT_DIR = exportDir;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' } },
    {
      name: 'static',
      testDir: 'tests/e2e-static',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${staticPort}` },
    },
  ],
  webServer: [
    {
      command: 'node --import tsx scripts/start.ts',
      url: `http://127.0.0.1:${port}/api/v1/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      // ADMIN_TOKENS: the coordinator token tests/e2e/admin.spec.ts signs in with (name 'e2e', as the audit log shows it).
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: databasePath,
        ADMIN_TOKENS: 'e2e:e2e-a18bf5422a46b7f4e6a25952094af926e7e96ba6b79c4261',
      },
    },
    {
      // `npm run export` of a fresh database, then a file server that knows nothing of the SPA.
      command: `node --import tsx scripts/export.ts --out ${exportDir} --db :memory: && node --import tsx scripts/serve-static.ts --dir ${exportDir} --port ${staticPort}`,
      url: `http://127.0.0.1:${staticPort}/api/v1/health.json`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
