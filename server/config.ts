/** Server configuration from the environment, with defaults that run on a laptop. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string | undefined;
  databasePath: string;
  datasetPath: string;
  distDir: string;
  /** The map's län outlines, written by the importer. */
  geoPath: string;
}

export function readConfig(env: NodeJS.ProcessEnv, root: string): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${env.PORT}'`);
  return {
    port,
    host: env.HOST || undefined,
    databasePath: resolve(root, env.DATABASE_PATH ?? 'var/klimat.sqlite'),
    datasetPath: resolve(root, env.DATASET_PATH ?? 'data/dataset.json'),
    distDir: resolve(root, env.DIST_DIR ?? 'dist'),
    geoPath: resolve(root, env.GEO_PATH ?? 'data/geo/lan.topo.json'),
  };
}
