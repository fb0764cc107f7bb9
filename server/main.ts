/** Starts the dashboard: database (created and seeded on first start), API and SPA. */
// React renders its production build, on the server too (the SSR of every page, src/entry-server.tsx), unless told otherwise.
process.env.NODE_ENV ??= 'production';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { readConfig } from './config.ts';
import { openDatabase, readDatasetFile } from './db/open.ts';
import { createSite } from './site.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env, root);
} catch (error) {
  // A bad setting (a short admin token, a bad port) stops the start with what to fix, not a stack trace.
  console.error(`Cannot start: ${(error as Error).message}`);
  process.exit(1);
}
const db = openDatabase({ path: config.databasePath, dataset: () => readDatasetFile(config.datasetPath) });
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

const server = serve({ fetch: site.fetch, port: config.port, hostname: config.host }, (info) => {
  const proxies = config.trustedProxies.rules.length ? `; X-Forwarded-For read from ${config.trustedProxies.rules.join(', ')}` : '';
  console.log(`Klimatneutrala städer dashboard on http://localhost:${info.port} (database ${config.databasePath}; ${writes}${proxies}${config.serverRender ? '' : '; SSR=off: pages rendered in the browser only'})`);
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
