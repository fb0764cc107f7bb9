/**
 * The OpenAPI description of the release list and the write API (`/api/v1/admin`), merged
 * into openapi.ts's document: the releases here, the programme's records in
 * openapi-admin-records.ts, the shared parts in openapi-admin-parts.ts.
 */
import { recordPaths } from './openapi-admin-records.ts';
import {
  badUploadProblem,
  confirmWarnings,
  guarded,
  json,
  jsonBody,
  problem,
  releasesConditional,
  releasesIfMatch,
  security,
  uploadBody,
  uploadParameters,
  write,
} from './openapi-admin-parts.ts';

export { adminSchemas, securitySchemes } from './openapi-admin-parts.ts';

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
  ...recordPaths,
};
