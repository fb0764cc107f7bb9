/** The OpenAPI description of the roster's read endpoints (issue 18), merged into openapi-read.ts's paths. */
import { asOf, badRequest, notModified, ok, problem, release } from './openapi-read-parts.ts';

export const rosterPaths = {
  '/api/v1/municipalities': {
    get: {
      summary: 'Every municipality in Sweden with its memberships on `asOf`: the list the pickers search',
      operationId: 'listMunicipalities',
      parameters: [asOf],
      responses: {
        200: ok(
          'Municipalities',
          "Each municipality's id, name, county, whether it is in the programme on `asOf`, and its cohorts.",
        ),
        304: notModified,
        400: badRequest,
      },
    },
  },
  '/api/v1/programme/comparison': {
    get: {
      summary: "The programme's members combined against all other municipalities and Sweden's national total",
      operationId: 'getProgrammeComparison',
      parameters: [release],
      responses: {
        200: ok(
          'ProgrammeComparison',
          'Per group and reported year: tonnes, population, per person and index on 1990 and 2015; changes since 1990 and 2015; the method and its caveat (a comparison, not proof of effect).',
        ),
        304: notModified,
        400: badRequest,
        404: problem('No stored release has the `release` id.'),
      },
    },
  },
};
