/** GET /api/v1/programme/comparison: the programme's members against the rest of Sweden (issue 18). */
import { Hono } from 'hono';
import { peersQuerySchema } from '../../contract/peers.ts';
import type { ProgrammeComparison } from '../../contract/comparison.ts';
import { COMPARISON_METHOD } from '../domain/methods.ts';
import { programmeComparisonGroups } from '../domain/programme-comparison.ts';
import type { Snapshot } from '../domain/snapshot.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

function comparison(snapshot: Snapshot): ProgrammeComparison {
  const { national } = snapshot;
  return {
    release: snapshot.release,
    years: snapshot.release.years,
    national: national && {
      releaseId: national.releaseId,
      origin: national.origin,
      sameRelease: national.releaseId === snapshot.release.id,
    },
    groups: programmeComparisonGroups(snapshot),
    ...COMPARISON_METHOD,
  };
}

export function programmeRoutes(read: ReadModel) {
  const app = new Hono();
  app.get('/comparison', (c) => {
    // Like the peer endpoints, it takes only an optional stored release.
    const query = parseQuery(c, peersQuerySchema);
    return read.respond(c, 'programme-comparison', comparison, query.release);
  });
  return app;
}
