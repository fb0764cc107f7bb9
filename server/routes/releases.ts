/** `GET /api/v1/releases`: every stored release, newest data first, and which one is current. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ReleasesResponse } from '../../contract/index.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';
import { currentReleaseId, releaseSummaries } from '../releases/store.ts';

export function releasesRoutes(read: ReadModel) {
  const app = new Hono();
  app.get('/', (c) => {
    parseQuery(c, z.strictObject({}));
    return read.respondFromDb(c, 'releases', (db): ReleasesResponse => {
      const current = currentReleaseId(db);
      if (!current) throw new Error('the database has no current release');
      return { currentReleaseId: current, releases: releaseSummaries(db) };
    });
  });
  return app;
}
