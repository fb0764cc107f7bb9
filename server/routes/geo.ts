/**
 * GET /api/v1/geo/lan: the län outlines for the map, read from the committed
 * data/geo/lan.topo.json once at start and served with a strong ETag.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { z } from 'zod';
import { lanTopologyFileSchema, type GeoResponse } from '../../contract/index.ts';
import { jsonEntry, sendCachedJson } from '../http/cache.ts';
import { parseQuery } from '../http/query.ts';

/** Written by `npm run data:build` (scripts/import/geo.ts). */
export const DEFAULT_GEO_PATH = fileURLToPath(new URL('../../data/geo/lan.topo.json', import.meta.url));

/** Reads and checks the outlines file; a missing or malformed file stops the server at start, naming the file. */
export function readGeoFile(path: string): GeoResponse {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read the map outlines ${path}: ${(error as Error).message}. Run npm run data:build to write them.`,
      { cause: error },
    );
  }
  const parsed = lanTopologyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The map outlines ${path} are not a län topology: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  const { source, ...topology } = parsed.data;
  return { source, topology };
}

export function geoRoutes(geo: GeoResponse) {
  const app = new Hono();
  const lan = jsonEntry(geo);
  app.get('/lan', (c) => {
    parseQuery(c, z.strictObject({}));
    return sendCachedJson(c, lan);
  });
  return app;
}
