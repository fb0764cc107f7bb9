/** The read API's OpenAPI parts: its response schemas (from the zod contract) and the parameters and answers its paths share. */
import {
  citiesResponseSchema,
  cityDetailResponseSchema,
  contractsResponseSchema,
  emissionsResponseSchema,
  geoResponseSchema,
  healthResponseSchema,
  MAX_YEAR,
  MIN_YEAR,
  peersResponseSchema,
  problemSchema,
  programmeComparisonSchema,
  municipalitiesResponseSchema,
  sectorChangesResponseSchema,
  standingsResponseSchema,
  sectorsResponseSchema,
} from '../../contract/index.ts';

export const readSchemas = {
  Health: healthResponseSchema,
  Cities: citiesResponseSchema,
  ProgrammeComparison: programmeComparisonSchema,
  Municipalities: municipalitiesResponseSchema,
  CityDetail: cityDetailResponseSchema,
  Emissions: emissionsResponseSchema,
  Sectors: sectorsResponseSchema,
  Contracts: contractsResponseSchema,
  Geo: geoResponseSchema,
  Standings: standingsResponseSchema,
  Peers: peersResponseSchema,
  SectorChanges: sectorChangesResponseSchema,
  Problem: problemSchema,
};

export const release = {
  name: 'release',
  in: 'query',
  required: false,
  description:
    'A stored release id (GET /api/v1/releases) to read instead of the current one; every series then comes from it.',
  schema: { type: 'string' },
};
export const unknownRelease =
  'No city has this id, or no stored release has the `release` id (the problem names the parameter).';
export const ref = (name: keyof typeof readSchemas) => ({ $ref: `#/components/schemas/${name}` });
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
export const ok = (name: keyof typeof readSchemas, description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' }, description: 'Strong validator of the body; send it back in If-None-Match.' },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content: { 'application/json': { schema: ref(name) } },
});
export const notModified = { description: 'Not modified: the If-None-Match ETag is current.' };
export const asOf = {
  name: 'asOf',
  in: 'query',
  required: false,
  description: 'Day (YYYY-MM-DD) for which Klimatkontrakt 2030 statuses are computed. Default: today in Sweden.',
  schema: { type: 'string', format: 'date' },
};
export const year = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', pattern: '^\\d{4}$', description: `A year from ${MIN_YEAR} to ${MAX_YEAR}.` },
});
export const badRequest = problem('A parameter is malformed, out of range, repeated or unknown.');
