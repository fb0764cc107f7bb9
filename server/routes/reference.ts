/** Small resources: health, sectors, standings, and Klimatkontrakt 2030 versions and signings. */
import { Hono } from 'hono';
import {
  contractsQuerySchema,
  standingsQuerySchema,
  type ContractsResponse,
  type HealthResponse,
  type SectorsResponse,
  type StandingsResponse,
} from '../../contract/index.ts';
import { METHODS as methods, TARGET_GAP_METHOD } from '../domain/methods.ts';
import { standings } from '../domain/standings.ts';
import { contractStandingOn } from '../domain/contracts.ts';
import { membershipOf, membersOn } from '../domain/roster.ts';
import { jsonEntry, sendCachedJson } from '../http/cache.ts';
import { parseQuery } from '../http/query.ts';
import { z } from 'zod';
import type { ReadModel } from '../read-model.ts';
import type { WriteStatus } from '../db/storage.ts';

const noParameters = z.strictObject({});

/** `writeStatus`: whether a write is possible now (server/db/storage.ts), reported by /health. */
export function referenceRoutes(
  read: ReadModel,
  version: string,
  writeStatus: () => WriteStatus = () => ({ writable: true }),
) {
  const app = new Hono();

  app.get('/health', (c) => {
    parseQuery(c, noParameters);
    const snapshot = read.current();
    const body: HealthResponse = {
      status: 'ok',
      release: snapshot.release.id,
      cities: snapshot.cities.length,
      members: snapshot.members.length,
      version,
      ...writeStatus(),
    };
    return sendCachedJson(c, jsonEntry(body), 'no-store');
  });

  app.get('/sectors', (c) => {
    parseQuery(c, noParameters);
    return read.respond(c, 'sectors', (s): SectorsResponse => ({ sectors: s.sectors }));
  });

  app.get('/standings', (c) => {
    const query = parseQuery(c, standingsQuerySchema);
    const measure = query.measure ?? 'changeSince2015Percent';
    return read.respond(c, `standings|${measure}`, (s): StandingsResponse => ({
      measure,
      release: s.release,
      method: measure === 'targetGapPercent' ? TARGET_GAP_METHOD : methods.ranks,
      entries: standings(s, measure),
    }));
  });

  app.get('/contracts', (c) => {
    const query = parseQuery(c, contractsQuerySchema);
    const asOf = query.asOf ?? read.today();
    return read.respond(c, `contracts|${asOf}`, (s): ContractsResponse => ({
      asOf,
      signedCount: membersOn(s, asOf).filter(
        (city) =>
          contractStandingOn(
            s.signings.filter((x) => x.cityId === city.id),
            membershipOf(s, city.id),
            asOf,
          ).status === 'signed',
      ).length,
      versions: s.contractVersions.map((v) => ({
        ...v,
        contractSignatories: s.signings.filter((x) => x.versionId === v.id && x.kind === 'contract').length,
        letterOfIntentSignatories: s.signings.filter((x) => x.versionId === v.id && x.kind === 'letter-of-intent')
          .length,
      })),
      signings: s.signings,
      sources: s.contractSources,
      note: s.contractNote,
    }));
  });

  return app;
}
