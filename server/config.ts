/** Server configuration from the environment, with defaults that run on a laptop. Throws a message saying what to fix. */
import { resolve } from 'node:path';
import { parseAdminTokens, type AdminToken } from './admin/tokens.ts';
import { parseCorsOrigins } from './http/cors.ts';
import { parseTrustedProxies, type TrustedProxies } from './http/client-address.ts';

export const DEFAULT_DATABASE_PATH = 'var/klimat.sqlite';
export const DEFAULT_DATASET_PATH = 'data/dataset.json';

export interface Config {
  port: number;
  host: string | undefined;
  databasePath: string;
  datasetPath: string;
  distDir: string;
  /** The map's län outlines, written by the importer. */
  geoPath: string;
  /** From ADMIN_TOKENS (`name:token[,name:token]`); empty means writes are refused. */
  adminTokens: AdminToken[];
  /** From CORS_ORIGINS (`https://a.example,https://b.example`): origins whose pages may read the read API. */
  corsOrigins: ReadonlySet<string>;
  /**
   * From TRUSTED_PROXIES (`127.0.0.1,10.0.0.0/8,::1`): reverse proxies whose X-Forwarded-For
   * names the client for the admin API's rate limits. Empty: the socket's peer is the client.
   */
  trustedProxies: TrustedProxies;
  /** False with SSR=off: pages are the bare shell, rendered in the browser (the bench's baseline). */
  serverRender: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv, root: string): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not '${env.PORT}'`);
  return {
    port,
    host: env.HOST || undefined,
    databasePath: resolve(root, env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH),
    datasetPath: resolve(root, env.DATASET_PATH ?? DEFAULT_DATASET_PATH),
    distDir: resolve(root, env.DIST_DIR ?? 'dist'),
    geoPath: resolve(root, env.GEO_PATH ?? 'data/geo/lan.topo.json'),
    adminTokens: parseAdminTokens(env.ADMIN_TOKENS),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    serverRender: !/^(off|0|false|no)$/i.test(env.SSR ?? ''),
  };
}
