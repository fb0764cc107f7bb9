/**
 * GET /api/v1/municipalities: every municipality with its memberships on `asOf`, small enough for
 * the pickers that search all of Sweden (issue 18); the figures stay with /cities.
 */
import { Hono } from 'hono';
import { municipalitiesQuerySchema, type MunicipalitiesResponse } from '../../contract/roster.ts';
import { isMemberOn, membershipOf } from '../domain/roster.ts';
import type { Snapshot } from '../domain/snapshot.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

function municipalities(snapshot: Snapshot, asOf: string): MunicipalitiesResponse {
  const byCity = new Map<string, Snapshot['memberships']>();
  for (const m of snapshot.memberships) byCity.set(m.cityId, [...(byCity.get(m.cityId) ?? []), m]);
  return {
    asOf,
    cohorts: snapshot.cohorts,
    municipalities: snapshot.cities.map((city) => {
      const programme = membershipOf(snapshot, city.id);
      return {
        id: city.id,
        name: city.name,
        kommunkod: city.kommunkod,
        lan: city.lan,
        inProgramme: programme !== undefined && isMemberOn(programme, asOf),
        memberships: (byCity.get(city.id) ?? []).map((m) => ({
          programme: m.programme,
          cohortId: m.cohortId,
          partnerId: m.partnerId,
          onAsOf: isMemberOn(m, asOf),
        })),
      };
    }),
  };
}

export function municipalitiesRoutes(read: ReadModel) {
  const app = new Hono();
  app.get('/', (c) => {
    const query = parseQuery(c, municipalitiesQuerySchema);
    const asOf = query.asOf ?? read.today();
    return read.respond(c, `municipalities|${asOf}`, (snapshot) => municipalities(snapshot, asOf));
  });
  return app;
}
