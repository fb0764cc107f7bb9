/**
 * The OpenAPI description of the programme's records in the write API: a city's signings
 * and targets, the contract versions and the audit log (openapi-admin.ts merges them).
 */
import {
  cityId,
  conditional,
  guarded,
  ifMatch,
  json,
  jsonBody,
  problem,
  security,
  versionedJson,
  write,
} from './openapi-admin-parts.ts';

const versionIdParameter = {
  name: 'versionId',
  in: 'path',
  required: true,
  description: 'The contract year, e.g. 2026.',
  schema: { type: 'string' },
};

export const recordPaths = {
  '/api/v1/admin/cities/{id}/signings': {
    get: {
      summary: "A city's signings, with their version (the If-Match of PUT /signings and DELETE /signings/…)",
      operationId: 'getCitySignings',
      security,
      parameters: [cityId('id')],
      responses: {
        200: versionedJson(
          'CitySignings',
          'The signings by version and kind, each with its origin (`curated`: the dataset; `api`: recorded by a coordinator), the sources they name, and `version`.',
        ),
        404: problem('No city has this id.'),
        ...guarded,
      },
    },
  },
  '/api/v1/admin/signings': {
    put: {
      summary: 'Records a Klimatkontrakt 2030 signing, or corrects the one for the same city, version and kind',
      description:
        "Conditional on the city's signings (If-Match: the `version` of GET /cities/{cityId}/signings). `signedOn` is from 2019-01-01 (the programme's start) to a year after the server's today, and in the version's year (a signing of version 2026 is dated in 2026); anything else is a 400 naming `signedOn` and the range.",
      operationId: 'putSigning',
      security,
      parameters: [ifMatch],
      requestBody: jsonBody('SigningRequest'),
      responses: {
        200: versionedJson(
          'Signing',
          "The signing as stored and the city's signings' new version; a new yearly version is created on its first signing.",
        ),
        404: problem('No city has this id.'),
        ...conditional,
        ...write,
      },
    },
  },
  '/api/v1/admin/signings/{cityId}/{versionId}/{kind}': {
    delete: {
      summary: 'Removes a signing',
      description:
        "Conditional on the city's signings (If-Match). Any coordinator can remove a signing recorded through this API (the audit log knows which: `origin: api`); one from the curated dataset (`origin: curated`) needs `?curated=confirm` as well, else 409. The removal is audited with before = the signing, so it can be recorded again with PUT /signings. The contract version stays; remove it with DELETE /contract-versions/{versionId} once it has no signings.",
      operationId: 'deleteSigning',
      security,
      parameters: [
        cityId('cityId'),
        versionIdParameter,
        {
          name: 'kind',
          in: 'path',
          required: true,
          description: 'contract or letter-of-intent.',
          schema: { type: 'string', enum: ['contract', 'letter-of-intent'] },
        },
        {
          name: 'curated',
          in: 'query',
          required: false,
          description: 'confirm: remove a signing of the curated dataset.',
          schema: { type: 'string', enum: ['confirm'] },
        },
        ifMatch,
      ],
      responses: {
        200: versionedJson(
          'SigningDelete',
          "The signing removed, its audit entry, and the city's signings' new version.",
        ),
        404: problem('No city has this id, or the city has no such signing.'),
        409: problem('The signing comes from the curated dataset: repeat with ?curated=confirm to remove it.'),
        ...conditional,
        ...write,
      },
    },
  },
  '/api/v1/admin/contract-versions/{versionId}': {
    get: {
      summary: 'A yearly contract version with the signings that name it, and its version (the If-Match of DELETE)',
      operationId: 'getContractVersion',
      security,
      parameters: [versionIdParameter],
      responses: {
        200: versionedJson('AdminContractVersion', 'The version, its signings as city/version/kind, and `version`.'),
        404: problem('No such contract version.'),
        ...guarded,
      },
    },
    delete: {
      summary:
        'Removes an empty contract version (one no signing names, e.g. created by a signing recorded under the wrong year)',
      operationId: 'deleteContractVersion',
      security,
      parameters: [versionIdParameter, ifMatch],
      responses: {
        200: json('ContractVersionDelete', 'The version removed and its audit entry.'),
        404: problem('No such contract version.'),
        409: problem('Signings still name the version (listed in `signings`); remove them first.'),
        ...conditional,
        ...write,
      },
    },
  },
  '/api/v1/admin/cities/{id}/targets': {
    get: {
      summary: "A city's targets, with their version (the If-Match of the PUT)",
      operationId: 'getCityTargets',
      security,
      parameters: [cityId('id')],
      responses: {
        200: versionedJson('CityTargets', 'The targets as stored and `version`.'),
        404: problem('No city has this id.'),
        ...guarded,
      },
    },
    put: {
      summary: "Replaces a city's targets (an empty list records that it has none)",
      description: "Conditional on the city's targets (If-Match: the `version` of the GET).",
      operationId: 'putTargets',
      security,
      parameters: [cityId('id'), ifMatch],
      requestBody: jsonBody('TargetsRequest'),
      responses: {
        200: versionedJson('Targets', 'The targets as stored, with the ids assigned, and their new version.'),
        404: problem('No city has this id.'),
        ...conditional,
        ...write,
      },
    },
  },
  '/api/v1/admin/cities/{id}/memberships': {
    get: {
      summary:
        "A municipality's memberships of the programme and the EU Mission, with their version (the If-Match of the PUT)",
      operationId: 'getCityMemberships',
      security,
      parameters: [cityId('id')],
      responses: {
        200: versionedJson('CityMemberships', 'The memberships as stored and `version`.'),
        404: problem('No city has this id.'),
        ...guarded,
      },
    },
  },
  '/api/v1/admin/cities/{id}/memberships/{programme}': {
    put: {
      summary: 'Adds a municipality to a programme, corrects its membership, or marks it as having left (`leftOn`)',
      description:
        "Conditional on the municipality's memberships (If-Match: the `version` of the GET). `programme` is `kns2030` or `eu-mission`; `cohortId` one of the programme's cohorts (GET /api/v1/cities lists them); a twin cohort needs `partnerId`, a current member. `joinedOn` is from 2019-01-01 to a year after today, written as the first day of what `joinedPrecision` knows; `leftOn` after it and no later than today. The new member appears in every answer after the write.",
      operationId: 'putMembership',
      security,
      parameters: [
        cityId('id'),
        {
          name: 'programme',
          in: 'path',
          required: true,
          description: 'kns2030 (Klimatneutrala städer 2030) or eu-mission.',
          schema: { type: 'string', enum: ['kns2030', 'eu-mission'] },
        },
        ifMatch,
      ],
      requestBody: jsonBody('MembershipRequest'),
      responses: {
        200: versionedJson('Membership', 'The memberships as stored, the audit entry and their new version.'),
        404: problem('No city has this id, or no programme this name.'),
        ...conditional,
        ...write,
      },
    },
    delete: {
      summary: 'Removes a membership entered by mistake (one that ended is marked with `leftOn` instead)',
      description:
        "Conditional on the municipality's memberships (If-Match). A programme city that is a current twin's partner cannot be removed (409).",
      operationId: 'deleteMembership',
      security,
      parameters: [
        cityId('id'),
        { name: 'programme', in: 'path', required: true, schema: { type: 'string', enum: ['kns2030', 'eu-mission'] } },
        ifMatch,
      ],
      responses: {
        200: versionedJson('Membership', 'The memberships left, the audit entry and their new version.'),
        404: problem('No city has this id, no programme this name, or the city has no such membership.'),
        409: problem('The city is the partner of a current twin.'),
        ...conditional,
        ...write,
      },
    },
  },
  '/api/v1/admin/audit': {
    get: {
      summary: 'The audit log, newest first',
      operationId: 'listAudit',
      security,
      parameters: [
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: 'Entries per page, 1–200 (default 50).',
          schema: { type: 'string' },
        },
        {
          name: 'before',
          in: 'query',
          required: false,
          description: "Entries older than this id (the previous page's nextBefore).",
          schema: { type: 'string' },
        },
      ],
      responses: { 200: json('Audit', 'One page of entries.'), ...guarded, 400: problem('A parameter is malformed.') },
    },
  },
};
