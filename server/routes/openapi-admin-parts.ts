/**
 * The parts the OpenAPI description of the write API is made of (openapi-admin.ts,
 * openapi-admin-records.ts): its schemas, from contract/admin.ts, its security scheme,
 * and the parameters and answers its paths share.
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
  membershipRequestSchema,
  membershipResponseSchema,
  cityMembershipsResponseSchema,
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
  MembershipRequest: membershipRequestSchema,
  CityMemberships: cityMembershipsResponseSchema,
  Membership: membershipResponseSchema,
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
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
export const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
export const guarded = {
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
export const write = { ...guarded, 400: problem('The body or a parameter is malformed; `parameter` names the field.') };
export const security = [{ adminToken: [] }];
export const uploadParameters = [
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
export const uploadBody = {
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
export const confirmWarnings = {
  name: 'confirmWarnings',
  in: 'query',
  required: false,
  description:
    "The preview's `warningsHash`: confirms its large changes against the current release. Without it an import with warnings is refused (422 `unconfirmed-warnings`).",
  schema: { type: 'string' },
};
export const releasesIfMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description:
    'The version of the current release the write is based on: the `version` (ETag) of the preview or of GET /api/v1/admin/releases/current, quoted ("…"). `*` matches any current release.',
  schema: { type: 'string' },
};
export const releasesConditional = {
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
export const badUploadProblem = {
  ...badUpload,
  content: { 'application/problem+json': { schema: ref('ImportProblems') } },
};
export const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });

// Optimistic concurrency (server/admin/versions.ts): reads answer a version, conditional writes send it back.
const etagHeader = {
  ETag: {
    schema: { type: 'string' },
    description:
      "The resource's version, quoted; send it as If-Match with the next write. The same as the body's `version`.",
  },
};
export const versionedJson = (name: string, description: string) => ({
  ...json(name, description),
  headers: etagHeader,
});
export const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description:
    'The version the write is based on: the ETag (or `version`) of your last read of the resource, quoted ("…"). `*` matches any existing state (a write that overwrites whatever is there).',
  schema: { type: 'string' },
};
export const conditional = {
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
export const cityId = (name: string) => ({
  name,
  in: 'path',
  required: true,
  description: 'City id, e.g. malmo.',
  schema: { type: 'string' },
});
