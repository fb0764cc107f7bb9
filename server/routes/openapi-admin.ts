/**
 * The OpenAPI description of the release list and the write API (`/api/v1/admin`), merged
 * into openapi.ts's document. Schemas come from contract/admin.ts.
 */
import {
  adminSessionResponseSchema,
  auditResponseSchema,
  currentReleaseRequestSchema,
  currentReleaseResponseSchema,
  importProblemResponseSchema,
  MAX_RELEASE_UPLOAD_BYTES,
  releaseFileSchema,
  releaseImportResponseSchema,
  releasePreviewSchema,
  releasesResponseSchema,
  signingRequestSchema,
  signingResponseSchema,
  targetsRequestSchema,
  targetsResponseSchema,
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
  SigningRequest: signingRequestSchema,
  Signing: signingResponseSchema,
  TargetsRequest: targetsRequestSchema,
  Targets: targetsResponseSchema,
  Audit: auditResponseSchema,
};

export const securitySchemes = {
  adminToken: {
    type: 'http',
    scheme: 'bearer',
    description: "A coordinator's token from the server's ADMIN_TOKENS (name:token[,name:token]); its name is the actor in the audit log.",
  },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const json = (name: string, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const guarded = {
  401: { ...problem('No token, or a wrong one.'), headers: { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer' } } },
  403: problem('Writes are disabled: the server has no ADMIN_TOKENS. The detail says how to enable them.'),
  429: { ...problem('Too many failed sign-ins or writes from this address.'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } } },
};
const write = { ...guarded, 400: problem('The body or a parameter is malformed; `parameter` names the field.') };
const security = [{ adminToken: [] }];
const uploadParameters = [
  { name: 'fileName', in: 'query', required: false, description: "The uploaded file's name, for messages and the audit log.", schema: { type: 'string' } },
  { name: 'published', in: 'query', required: false, description: 'When SMHI published the release (YYYY or YYYY-MM-DD); default: from the file, else today.', schema: { type: 'string' } },
];
const uploadBody = {
  required: true,
  description: `SMHI's semicolon export (text/csv), the project's release JSON, or Klimatkollen's JSON array of SMHI figures; at most ${MAX_RELEASE_UPLOAD_BYTES} bytes. The format is read from the content.`,
  content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: ref('ReleaseFile') } },
};
const badUpload = json('ImportProblems', 'The file has problems (each listed by row and column), or is too large; nothing was stored.');
const badUploadProblem = { ...badUpload, content: { 'application/problem+json': { schema: ref('ImportProblems') } } };
const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });

export const adminPaths = {
  '/api/v1/releases': {
    get: {
      summary: 'Every stored release, newest data first, and which one is current',
      operationId: 'listReleases',
      responses: { 200: json('Releases', 'The releases. Pass an id as `release` to /cities, /cities/{id} or /emissions to read an earlier one.'), 304: { description: 'Not modified.' }, 400: problem('A parameter was given; there are none.') },
    },
  },
  '/api/v1/admin/session': {
    get: { summary: 'Checks a token (sign-in)', operationId: 'getAdminSession', security, responses: { 200: json('AdminSession', "The token's name."), ...guarded } },
  },
  '/api/v1/admin/releases/preview': {
    post: {
      summary: 'What importing the file would change, without writing',
      operationId: 'previewRelease',
      security,
      parameters: uploadParameters,
      requestBody: uploadBody,
      responses: { 200: json('ReleasePreview', 'Cities, years and the largest differences against the current release; `unchanged` when the same figures are stored.'), 422: badUploadProblem, ...write },
    },
  },
  '/api/v1/admin/releases': {
    post: {
      summary: 'Imports a release beside the stored ones and makes it current (one transaction with its audit entry)',
      operationId: 'importRelease',
      security,
      parameters: uploadParameters,
      requestBody: uploadBody,
      responses: {
        201: json('ReleaseImport', 'Stored and current.'),
        200: json('ReleaseImport', '`unchanged`: the same figures are already stored; nothing written, no audit entry.'),
        422: badUploadProblem,
        ...write,
      },
    },
  },
  '/api/v1/admin/releases/current': {
    put: {
      summary: 'Chooses the stored release the dashboard shows',
      operationId: 'setCurrentRelease',
      security,
      requestBody: jsonBody('CurrentReleaseRequest'),
      responses: { 200: json('CurrentRelease', 'The release now current (auditId null when it already was).'), 404: problem('No stored release has this id.'), ...write },
    },
  },
  '/api/v1/admin/signings': {
    put: {
      summary: 'Records a Klimatkontrakt 2030 signing, or corrects the one for the same city, version and kind',
      operationId: 'putSigning',
      security,
      requestBody: jsonBody('SigningRequest'),
      responses: { 200: json('Signing', 'The signing as stored; a new yearly version is created on its first signing.'), 404: problem('No city has this id.'), ...write },
    },
  },
  '/api/v1/admin/cities/{id}/targets': {
    put: {
      summary: "Replaces a city's targets (an empty list records that it has none)",
      operationId: 'putTargets',
      security,
      parameters: [{ name: 'id', in: 'path', required: true, description: 'City id, e.g. malmo.', schema: { type: 'string' } }],
      requestBody: jsonBody('TargetsRequest'),
      responses: { 200: json('Targets', 'The targets as stored, with the ids assigned.'), 404: problem('No city has this id.'), ...write },
    },
  },
  '/api/v1/admin/audit': {
    get: {
      summary: 'The audit log, newest first',
      operationId: 'listAudit',
      security,
      parameters: [
        { name: 'limit', in: 'query', required: false, description: 'Entries per page, 1–200 (default 50).', schema: { type: 'string' } },
        { name: 'before', in: 'query', required: false, description: "Entries older than this id (the previous page's nextBefore).", schema: { type: 'string' } },
      ],
      responses: { 200: json('Audit', 'One page of entries.'), ...guarded, 400: problem('A parameter is malformed.') },
    },
  },
};
