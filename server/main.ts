/** Starts the dashboard: database (created and seeded on first start), API and SPA. */
// React renders its production build, on the server too (the SSR of every page, src/entry-server.tsx), unless told otherwise.
process.env.NODE_ENV ??= 'production';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { readConfig } from './config.ts';
import type { Db } from './db/connection.ts';
import { openDatabase } from './database.ts';
import { DatabaseStartError, readDatasetFile } from './db/open.ts';
import { writeProbe } from './db/storage.ts';
import { createSite } from './site.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A start that cannot succeed (a bad setting, a database file that is empty, damaged, unreadable,
 * from a newer version or read-only when it must be upgraded, a port already in use) ends here: one line saying what to fix, no stack trace,
 * and exit status 78 (EX_CONFIG in sysexits.h), which a supervisor can be told not to restart on
 * (systemd: RestartPreventExitStatus=78): restarting would not help.
 */
const EXIT_REFUSED = 78;
function refuse(message: string): never {
  console.error(`Cannot start: ${message}`);
  process.exit(EXIT_REFUSED);
}

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env, root);
} catch (error) {
  refuse((error as Error).message);
}
let db: Db;
try {
  db = openDatabase({ path: config.databasePath, dataset: () => readDatasetFile(config.datasetPath) });
} catch (error) {
  if (error instanceof DatabaseStartError) refuse(error.message);
  // Anything else is unexpected: still one line, with where to look.
  refuse(
    `opening the database ${config.databasePath} failed: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 300)}`,
  );
}
const readOnly = writeProbe(db);
const site = createSite({
  db,
  distDir: config.distDir,
  geoPath: config.geoPath,
  adminTokens: config.adminTokens,
  corsOrigins: config.corsOrigins,
  serverRender: config.serverRender,
  trustedProxies: config.trustedProxies,
});
const writes = config.adminTokens.length
  ? `admin writes enabled for ${config.adminTokens.map((t) => t.name).join(', ')}`
  : 'admin writes disabled (set ADMIN_TOKENS=name:token to enable them)';
const notes = [
  writes,
  readOnly ? `WRITES NOT POSSIBLE: ${readOnly}; serving reads, writes answer 503` : '',
  config.trustedProxies.rules.length ? `X-Forwarded-For read from ${config.trustedProxies.rules.join(', ')}` : '',
  config.serverRender ? '' : 'SSR=off: pages rendered in the browser only',
].filter(Boolean);

const server = serve({ fetch: site.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(
    `Klimatneutrala städer dashboard on http://localhost:${info.port} (database ${config.databasePath}; ${notes.join('; ')})`,
  );
});

// Listening fails after start-up has otherwise succeeded; it is refused like a bad setting (Node would print a stack trace and exit 1).
server.once('error', (error: NodeJS.ErrnoException) => {
  db.close();
  if (error.code === 'EADDRINUSE')
    refuse(`port ${config.port} is already in use (another server is running?): stop it or set PORT=<another port>`);
  if (error.code === 'EACCES')
    refuse(
      `port ${config.port} may not be opened by this user (ports below 1024 need privileges): set PORT=<a port from 1024>`,
    );
  if (error.code === 'EADDRNOTAVAIL')
    refuse(`HOST=${config.host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0`);
  refuse(`listening on ${config.host}:${config.port} failed: ${error.message.replace(/\s+/g, ' ').slice(0, 300)}`);
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping.`);
  server.close(() => {
    db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
