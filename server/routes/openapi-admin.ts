/**
 * The OpenAPI description of the release list and the write API (`/api/v1/admin`), merged
 * into openapi.ts's document. Schemas come from contract/admin.ts.
 */
import {
  adminSessionResponseSchema,
  auditResponseSchema,
  citySigningsResponseSchema,
  cityTargetsResponseSchema,
  contractVersionDeleteResponseSchema,
  contractVersionResponseSchema,
  currentReleaseRequestSchema,
  currentReleaseResponseSchema,
  currentReleaseStateSchema,
  importProblemResponseSchema,
  MAX_RELEASE_UPLOAD_BYTES,
  releaseFileSchema,
  releaseImportResponseSchema,
  releasePreviewSchema,
  releasesResponseSchema,
  signingDeleteResponseSchema,
  signingRequestSchema,
  signingResponseSchema,
  targetsRequestSchema,
  targetsResponseSchema,
  versionConflictSchema,
} from '../../contract/index.ts';

export const adminSchemas = {
  Releases: releasesResponseSchema,
  AdminSession: adminSessionResponseSchema,
  ReleaseFile: releaseFileSchema,
  ReleasePreview: releasePreviewSchema,
  ReleaseImport: releaseImportResponseSchema,
  ImportProblems: importProblemResponseSchema,
  CurrentReleaseRequest: currentReleaseRequestSchema,
  CurrentRelease: currentReleaseResponseSchema,
  CurrentReleaseState: currentReleaseStateSchema,
  SigningRequest: signingRequestSchema,
  Signing: signingResponseSchema,
  CitySignings: citySigningsResponseSchema,
  SigningDelete: signingDeleteResponseSchema,
  AdminContractVersion: contractVersionResponseSchema,
  ContractVersionDelete: contractVersionDeleteResponseSchema,
  TargetsRequest: targetsRequestSchema,
  CityTargets: cityTargetsResponseSchema,
  Targets: targetsResponseSchema,
  VersionConflict: versionConflictSchema,
  Audit: auditResponseSchema,
};

export const securitySchemes = {
  adminToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      "A coordinator's token from the server's ADMIN_TOKENS (name:token[,name:token]); its name is the actor in the audit log.",
  },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const guarded = {
  401: {
    ...problem('No token, or a wrong one.'),
    headers: { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer' } },
  },
  403: problem('Writes are disabled: the server has no ADMIN_TOKENS. The detail says how to enable them.'),
  429: {
    ...problem('Too many failed sign-ins or writes from this address.'),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
  },
};
const write = { ...guarded, 400: problem('The body or a parameter is malformed; `parameter` names the field.') };
const security = [{ adminToken: [] }];
const uploadParameters = [
  {
    name: 'fileName',
    in: 'query',
    required: false,
    description: "The uploaded file's name, for messages and the audit log.",
    schema: { type: 'string' },
  },
  {
    name: 'published',
    in: 'query',
    required: false,
    description: 'When SMHI published the release (YYYY or YYYY-MM-DD); default: from the file, else today.',
    schema: { type: 'string' },
  },
];
const uploadBody = {
  required: true,
  description: `SMHI's semicolon export (text/csv), SMHI's Excel download (.xlsx), the project's release JSON, or Klimatkollen's JSON array of SMHI figures; at most ${MAX_RELEASE_UPLOAD_BYTES} bytes. The format is read from the content (an .xlsx by its zip signature). Every value must be a finite, non-negative number of tonnes below Sweden's national total for its year and sector (SMHI's national series; 1.5 × the nearest year's for a year the series lacks), and no year may be after this year.`,
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: { type: 'string', format: 'binary' },
    },
    'application/json': { schema: ref('ReleaseFile') },
  },
};
const confirmWarnings = {
  name: 'confirmWarnings',
  in: 'query',
  required: false,
  description:
    "The preview's `warningsHash`: confirms its large changes against the current release. Without it an import with warnings is refused (422 `unconfirmed-warnings`).",
  schema: { type: 'string' },
};
const releasesIfMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description:
    'The version of the current release the write is based on: the `version` (ETag) of the preview or of GET /api/v1/admin/releases/current, quoted ("…"). `*` matches any current release.',
  schema: { type: 'string' },
};
const releasesConditional = {
  412: {
    description:
      'Another coordinator changed the current release since that version: nothing was written. The problem names `yourVersion` and `currentVersion` and carries the current release in `current` (theirs). Preview again.',
    content: { 'application/problem+json': { schema: ref('VersionConflict') } },
  },
  428: problem(
    'No If-Match: a release write names the version of the current release it is based on. The problem says it (`currentVersion`).',
  ),
};
const badUpload = json(
  'ImportProblems',
  'The file has problems (each listed by row and column), or is too large; nothing was stored.',
);
const badUploadProblem = { ...badUpload, content: { 'application/problem+json': { schema: ref('ImportProblems') } } };
const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });

// Optimistic concurrency (server/admin/versions.ts): reads answer a version, conditional writes send it back.
const etagHeader = {
  ETag: {
    schema: { type: 'string' },
    description:
      "The resource's version, quoted; send it as If-Match with the next write. The same as the body's `version`.",
  },
};
const versionedJson = (name: string, description: string) => ({ ...json(name, description), headers: etagHeader });
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description:
    'The version the write is based on: the ETag (or `version`) of your last read of the resource, quoted ("…"). `*` matches any existing state (a write that overwrites whatever is there).',
  schema: { type: 'string' },
};
const conditional = {
  412: {
    description:
      'Someone else wrote since your read: nothing was written. The problem names `yourVersion` and `currentVersion` and carries the resource as it is now in `current` (theirs). The refusal is in the audit log (`write.refused`: before = theirs, after = yours). To apply yours over theirs, send it again with If-Match: "<currentVersion>".',
    headers: etagHeader,
    content: { 'application/problem+json': { schema: ref('VersionConflict') } },
  },
  428: problem(
    'No If-Match: every write of a record names the version it is based on. The problem says the current version (`currentVersion`).',
  ),
};
const cityId = (name: string) => ({
  name,
  in: 'path',
  required: true,
  description: 'City id, e.g. malmo.',
  schema: { type: 'string' },
});

export const adminPaths = {
  '/api/v1/releases': {
    get: {
      summary: 'Every stored release, newest data first, and which one is current',
      operationId: 'listReleases',
      responses: {
        200: json(
          'Releases',
          'The releases. Pass an id as `release` to /cities, /cities/{id} or /emissions to read an earlier one.',
        ),
        304: { description: 'Not modified.' },
        400: problem('A parameter was given; there are none.'),
      },
    },
  },
  '/api/v1/admin/session': {
    get: {
      summary: 'Checks a token (sign-in)',
      operationId: 'getAdminSession',
      security,
      responses: { 200: json('AdminSession', "The token's name."), ...guarded },
    },
  },
  '/api/v1/admin/releases/preview': {
    post: {
      summary: 'What importing the file would change, without writing',
      operationId: 'previewRelease',
      security,
      parameters: uploadParameters,
      requestBody: uploadBody,
      responses: {
        200: {
          ...json(
            'ReleasePreview',
            "Cities, years, the largest differences and the large changes (`warnings`) against the current release; `unchanged` when the same figures are stored. `version` (also the ETag) is the import's If-Match.",
          ),
          headers: {
            ETag: {
              schema: { type: 'string' },
              description: 'The version of the current release the preview compared with.',
            },
          },
        },
        422: badUploadProblem,
        ...write,
      },
    },
  },
  '/api/v1/admin/releases': {
    post: {
      summary: 'Imports a release beside the stored ones and makes it current (one transaction with its audit entry)',
      operationId: 'importRelease',
      security,
      parameters: [...uploadParameters, confirmWarnings, releasesIfMatch],
      requestBody: uploadBody,
      responses: {
        201: json('ReleaseImport', 'Stored and current.'),
        200: json(
          'ReleaseImport',
          '`unchanged`: the same figures are already stored; nothing written, no audit entry.',
        ),
        422: {
          ...badUploadProblem,
          description: `${badUploadProblem.description} Or (type \`unconfirmed-warnings\`): the import would make large changes that were not confirmed with confirmWarnings.`,
        },
        ...releasesConditional,
        ...write,
      },
    },
  },
  '/api/v1/admin/releases/current': {
    get: {
      summary: 'Which release is current, with its version (the If-Match of PUT and of an import)',
      operationId: 'getCurrentRelease',
      security,
      responses: {
        200: {
          ...json('CurrentReleaseState', 'The current release and its `version`, also the ETag.'),
          headers: { ETag: { schema: { type: 'string' }, description: 'The version of the current release.' } },
        },
        ...guarded,
      },
    },
    put: {
      summary: 'Chooses the stored release the dashboard shows',
      operationId: 'setCurrentRelease',
      security,
      parameters: [releasesIfMatch],
      requestBody: jsonBody('CurrentReleaseRequest'),
      responses: {
        200: json('CurrentRelease', 'The release now current (auditId null when it already was).'),
        404: problem('No stored release has this id.'),
        ...releasesConditional,
        ...write,
      },
    },
  },
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
        {
          name: 'versionId',
          in: 'path',
          required: true,
          description: 'The contract year, e.g. 2026.',
          schema: { type: 'string' },
        },
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
      parameters: [
        {
          name: 'versionId',
          in: 'path',
          required: true,
          description: 'The contract year, e.g. 2026.',
          schema: { type: 'string' },
        },
      ],
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
      parameters: [
        {
          name: 'versionId',
          in: 'path',
          required: true,
          description: 'The contract year, e.g. 2026.',
          schema: { type: 'string' },
        },
        ifMatch,
      ],
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
