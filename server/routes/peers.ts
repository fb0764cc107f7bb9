/** Peers to learn from (issue 8): GET /cities/:id/peers and GET /sectors/changes. */
import { Hono } from 'hono';
import { cityParamsSchema } from '../../contract/cities.ts';
import { peersQuerySchema, type PeersResponse, type SectorChangesResponse } from '../../contract/peers.ts';
import type { Snapshot } from '../domain/snapshot.ts';
import { computationOf } from '../domain/assessment.ts';
import { fastestCuts } from '../domain/fastest-cuts.ts';
import { PEER_METHODS, SECTOR_CHANGES_METHOD } from '../domain/peer-methods.ts';
import { allPeers, PEER_WEIGHTS } from '../domain/peers.ts';
import { CHANGE_BASE_YEAR, cityChanges, type CityChanges } from '../domain/sector-changes.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

function allChanges(snapshot: Snapshot): Map<string, CityChanges | null> {
  return new Map(snapshot.members.map((city) => [city.id, cityChanges(snapshot, city.id)]));
}

/** A member's peers among the members; a municipality outside the programme is placed among them too. */
function peersResponse(s: Snapshot, cityId: string): PeersResponse {
  const city = s.cityById.get(cityId);
  const outside = city !== undefined && !s.members.includes(city);
  const mine = allPeers(s, undefined, outside ? [...s.members, city] : s.members).get(cityId);
  return {
    release: s.release,
    city: {
      id: cityId,
      name: s.cityById.get(cityId)?.name ?? cityId,
      features: mine?.features ?? null,
      changeSince2015Percent: computationOf(s, cityId).figures.changeSince2015Percent,
    },
    weights: { ...PEER_WEIGHTS },
    peers: mine?.peers ?? [],
    dominantSectors: fastestCuts(s, cityId, new Map([...allChanges(s), [cityId, cityChanges(s, cityId)]])),
    methods: PEER_METHODS,
  };
}

function sectorChangesResponse(s: Snapshot): SectorChangesResponse {
  const changes = allChanges(s);
  return {
    release: s.release,
    fromYear: CHANGE_BASE_YEAR,
    toYear: Math.max(CHANGE_BASE_YEAR, ...[...changes.values()].map((change) => change?.toYear ?? CHANGE_BASE_YEAR)),
    sectors: s.sectors.map((sector) => ({ id: sector.id, label: sector.label })),
    cities: s.members.map((city) => {
      const change = changes.get(city.id);
      return { cityId: city.id, name: city.name, total: change?.total ?? null, sectors: change?.sectors ?? {} };
    }),
    method: SECTOR_CHANGES_METHOD,
  };
}

export function peersRoutes(read: ReadModel) {
  const app = new Hono();

  app.get('/cities/:id/peers', (c) => {
    const query = parseQuery(c, peersQuerySchema);
    const id = c.req.param('id');
    const params = cityParamsSchema.safeParse({ id });
    if (!params.success || !read.current(query.release).cityById.has(params.data.id)) {
      throw new HttpProblem(
        404,
        `No city with id '${id.length > 64 ? `${id.slice(0, 64)}…` : id}'. GET /api/v1/cities lists the ids.`,
        {
          type: '/api/v1/problems/unknown-city',
          title: 'Unknown city',
          parameter: 'id',
        },
      );
    }
    const cityId = params.data.id;
    return read.respond(c, `peers|${cityId}`, (s) => peersResponse(s, cityId), query.release);
  });

  app.get('/sectors/changes', (c) => {
    const query = parseQuery(c, peersQuerySchema);
    return read.respond(c, 'sector-changes', sectorChangesResponse, query.release);
  });

  return app;
}
