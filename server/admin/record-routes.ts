/**
 * `/api/v1/admin/cities/:id/{targets,signings}`, `/signings`, `/contract-versions` and
 * `/audit`: the programme's records (who signed when, which targets) and the log of every
 * write. Mounted by routes.ts behind the guard.
 *
 * Every write is conditional (versions.ts): a read answers the resource's version as
 * `ETag` and `version`, a write sends it as If-Match (428 without, 412 when someone else
 * wrote first, audited as `write.refused`), and answers the version after it.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  auditQuerySchema,
  signingDeleteQuerySchema,
  signingRequestSchema,
  targetsRequestSchema,
  membershipRequestSchema,
  type AuditResponse,
  type MembershipResponse,
  type CitySigningsResponse,
  type CityTargetsResponse,
  type ContractVersionDeleteResponse,
  type ContractVersionResponse,
  type SigningDeleteResponse,
  type SigningResponse,
  type TargetsResponse,
} from '../../contract/index.ts';
import { listAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import { readJsonBody } from '../http/body.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { cityOf, type City } from './cities.ts';
import {
  contractVersionState,
  deleteContractVersion,
  existingContractVersion,
  unknownContractVersion,
} from './contract-versions.ts';
import type { AdminEnv } from './guard.ts';
import { refusalAuditor } from './refusals.ts';
import { json, type AdminRouteOptions } from './respond.ts';
import {
  checkSigningDate,
  citySignings,
  deleteSigning,
  recordSigning,
  signingSubject,
  signingWords,
  type SigningKind,
} from './signings.ts';
import { checkedTargets, cityTargets, replaceTargets } from './targets.ts';
import { checkedMembership, cityMemberships, deleteMembership, programmeOf, putMembership } from './memberships.ts';
import { etag, versionOf, writeIfMatch } from './versions.ts';

const noParameters = z.strictObject({});

/** A state with its version, in the body and as ETag. */
const versioned = <T extends object>(body: T, version: string) =>
  json({ ...body, version }, 200, { ETag: etag(version) });

function kindOf(value: string): SigningKind {
  if (value === 'contract' || value === 'letter-of-intent') return value;
  throw new HttpProblem(400, `The kind is 'contract' or 'letter-of-intent', not '${value.slice(0, 40)}'.`, {
    type: '/api/v1/problems/invalid-parameter',
    parameter: 'kind',
  });
}

type AdminApp = Hono<AdminEnv>;

/** GET a city's records (`:id`) with their version, which the next write sends back as If-Match. */
function cityStateRoute<State extends object>(
  app: AdminApp,
  db: Db,
  records: 'targets' | 'signings',
  read: (db: Db, cityId: string) => State,
): void {
  app.get(`/cities/:id/${records}`, (c) => {
    parseQuery(c, noParameters);
    const state = read(db, cityOf(db, c.req.param('id'), 'id').id);
    return versioned(state, versionOf(state));
  });
}

function targetRoutes(app: AdminApp, { db, who }: AdminRouteOptions): void {
  cityStateRoute<Omit<CityTargetsResponse, 'version'>>(app, db, 'targets', cityTargets);

  app.put('/cities/:id/targets', async (c) => {
    parseQuery(c, noParameters);
    const input = await readJsonBody(c, targetsRequestSchema);
    const city = cityOf(db, c.req.param('id'), 'id');
    const targets = checkedTargets(city.id, input);
    const { result: auditId, version } = writeIfMatch(
      db,
      c,
      {
        what: `${city.name}'s targets`,
        read: () => cityTargets(db, city.id),
        onRefused: refusalAuditor(db, c, who, {
          subject: city.id,
          what: { sv: `${city.name}s mål`, en: `${city.name}'s targets` },
          body: input,
        }),
      },
      (current) => replaceTargets(db, city, current.targets, targets, who(c)),
    );
    const body: TargetsResponse = { cityId: city.id, targets, auditId, version };
    return versioned(body, version);
  });
}

function signingRoutes(app: AdminApp, { db, today, who }: AdminRouteOptions): void {
  cityStateRoute<Omit<CitySigningsResponse, 'version'>>(app, db, 'signings', citySignings);

  app.put('/signings', async (c) => {
    parseQuery(c, noParameters);
    const input = await readJsonBody(c, signingRequestSchema);
    const city = cityOf(db, input.cityId, 'cityId');
    checkSigningDate(input, today());
    const { result, version } = writeIfMatch(
      db,
      c,
      {
        what: `${city.name}'s signings`,
        read: () => citySignings(db, city.id),
        onRefused: refusalAuditor(db, c, who, {
          subject: signingSubject(city.id, input.versionId, input.kind),
          what: signingWords(city, input.versionId, input.kind),
          body: input,
        }),
      },
      () => recordSigning(db, city, input, who(c)),
    );
    const body: SigningResponse = { ...result, version };
    return versioned(body, version);
  });

  app.delete('/signings/:cityId/:versionId/:kind', (c) => {
    const { curated } = parseQuery(c, signingDeleteQuerySchema);
    const city = cityOf(db, c.req.param('cityId'), 'cityId');
    const versionId = c.req.param('versionId');
    const kind = kindOf(c.req.param('kind'));
    const { result, version } = writeIfMatch(
      db,
      c,
      {
        what: `${city.name}'s signings`,
        read: () => citySignings(db, city.id),
        onRefused: refusalAuditor(db, c, who, {
          subject: signingSubject(city.id, versionId, kind),
          what: signingWords(city, versionId, kind),
          body: null,
        }),
      },
      (current) => deleteSigning(db, city, current, versionId, kind, curated === 'confirm', who(c)),
    );
    const body: SigningDeleteResponse = { ...result, version };
    return versioned(body, version);
  });
}

function membershipRoutes(app: AdminApp, { db, today, who }: AdminRouteOptions): void {
  /** The conditional write of a city's memberships, the PUT's and the DELETE's alike. */
  const membershipsWrite = (c: Context<AdminEnv>, city: City, programme: string, body: unknown) => ({
    what: `${city.name}'s memberships`,
    read: () => cityMemberships(db, city.id),
    onRefused: refusalAuditor(db, c, who, {
      subject: `${city.id}/${programme}`,
      what: { sv: `${city.name}s medlemskap`, en: `${city.name}'s memberships` },
      body,
    }),
  });

  app.get('/cities/:id/memberships', (c) => {
    parseQuery(c, noParameters);
    const state = cityMemberships(db, cityOf(db, c.req.param('id'), 'id').id);
    return versioned(state, versionOf(state));
  });

  app.put('/cities/:id/memberships/:programme', async (c) => {
    parseQuery(c, noParameters);
    const programme = programmeOf(c.req.param('programme'));
    const input = await readJsonBody(c, membershipRequestSchema);
    const city = cityOf(db, c.req.param('id'), 'id');
    const { result: auditId, version } = writeIfMatch(db, c, membershipsWrite(c, city, programme, input), (current) =>
      putMembership(db, city, current, checkedMembership(db, city, programme, input, today(), current), who(c)),
    );
    const body: MembershipResponse = { ...cityMemberships(db, city.id), auditId, version };
    return versioned(body, version);
  });

  app.delete('/cities/:id/memberships/:programme', (c) => {
    parseQuery(c, noParameters);
    const programme = programmeOf(c.req.param('programme'));
    const city = cityOf(db, c.req.param('id'), 'id');
    const { result: auditId, version } = writeIfMatch(db, c, membershipsWrite(c, city, programme, null), (current) =>
      deleteMembership(db, city, current, programme, who(c)),
    );
    return versioned({ ...cityMemberships(db, city.id), auditId }, version);
  });
}

function contractVersionRoutes(app: AdminApp, { db, who }: AdminRouteOptions): void {
  app.get('/contract-versions/:versionId', (c) => {
    parseQuery(c, noParameters);
    const state = existingContractVersion(db, c.req.param('versionId'));
    return versioned(state satisfies Omit<ContractVersionResponse, 'version'>, versionOf(state));
  });

  app.delete('/contract-versions/:versionId', (c) => {
    parseQuery(c, noParameters);
    const versionId = c.req.param('versionId');
    existingContractVersion(db, versionId);
    const { result } = writeIfMatch(
      db,
      c,
      {
        what: `contract version ${versionId}`,
        read: () => contractVersionState(db, versionId),
        onRefused: refusalAuditor(db, c, who, {
          subject: versionId,
          what: { sv: `kontraktsversion ${versionId}`, en: `contract version ${versionId}` },
          body: null,
        }),
      },
      (current) => {
        // Removed by someone else since it was read here: If-Match: * got this far.
        if (!current) throw unknownContractVersion(versionId);
        return deleteContractVersion(db, current, who(c));
      },
    );
    return json(result satisfies ContractVersionDeleteResponse);
  });
}

export function recordRoutes(options: AdminRouteOptions) {
  const app: AdminApp = new Hono<AdminEnv>();
  targetRoutes(app, options);
  signingRoutes(app, options);
  contractVersionRoutes(app, options);
  membershipRoutes(app, options);
  app.get('/audit', (c) => {
    const query = parseQuery(c, auditQuerySchema);
    return json(listAudit(options.db, query.limit ?? 50, query.before) satisfies AuditResponse);
  });
  return app;
}
