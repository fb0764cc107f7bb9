/**
 * The OpenAPI description of the read API: its paths (openapi-read-parts.ts has the schemas and
 * shared parts), merged into openapi.ts's document.
 */
import { MAX_CITIES_PER_REQUEST, MIN_YEAR, RANK_MEASURES } from '../../contract/index.ts';
import { DEFAULT_TO_YEAR } from './emissions.ts';
import { ok, notModified, badRequest, problem, release, asOf, year, unknownRelease } from './openapi-read-parts.ts';
import { rosterPaths } from './openapi-roster.ts';
export const readPaths = {
  '/api/v1/health': {
    get: {
      summary: 'Service health',
      operationId: 'getHealth',
      responses: { 200: ok('Health', 'The service and its data are up.'), 400: badRequest },
    },
  },
  '/api/v1/cities': {
    get: {
      summary:
        "The programme's members on `asOf` (or every municipality) with contract status, latest emissions and assessment (trend, target, reference path, ranks among the members)",
      operationId: 'listCities',
      parameters: [
        asOf,
        release,
        {
          name: 'scope',
          in: 'query',
          required: false,
          description:
            '`programme` (default): the members on `asOf`. `all`: every municipality, each marked `inProgramme`; the summary is the programme’s either way.',
          schema: { type: 'string', enum: ['programme', 'all'] },
        },
      ],
      responses: {
        200: ok('Cities', "The cities, the cohorts of the roster, and the programme's headline figures."),
        304: notModified,
        400: badRequest,
        404: problem('No stored release has the `release` id.'),
      },
    },
  },
  '/api/v1/cities/{id}': {
    get: {
      summary: 'One city with targets, population and contract history',
      operationId: 'getCity',
      parameters: [
        { name: 'id', in: 'path', required: true, description: 'City id, e.g. malmo.', schema: { type: 'string' } },
        asOf,
        release,
      ],
      responses: {
        200: ok('CityDetail', 'The city.'),
        304: notModified,
        400: badRequest,
        404: problem(unknownRelease),
      },
    },
  },
  '/api/v1/emissions': {
    get: {
      summary: 'Emission series per city: reported years, with the computed trend, target and reference paths',
      operationId: 'listEmissions',
      parameters: [
        {
          name: 'cities',
          in: 'query',
          required: false,
          description: `Comma-separated city ids (at most ${MAX_CITIES_PER_REQUEST}); omitted means all.`,
          schema: { type: 'string', examples: ['malmo,lund'] },
        },
        year('from', `First year (default ${MIN_YEAR}).`),
        year(
          'to',
          `Last year (default ${DEFAULT_TO_YEAR}, the end of the computed paths, so the trend, target and reference paths are included; measured points end at the newest reported year of the current release anyway).`,
        ),
        {
          name: 'sectors',
          in: 'query',
          required: false,
          description: 'Include the nine main sectors per year.',
          schema: { type: 'string', enum: ['true', 'false'] },
        },
        release,
      ],
      responses: {
        200: ok(
          'Emissions',
          'One series per city, each from a single release: measured points (reported years only, with population, t per person and index) and yearly computed paths clipped to from–to, with the method texts.',
        ),
        304: notModified,
        400: badRequest,
        404: problem('A city id, or the `release` id, is unknown.'),
      },
    },
  },
  '/api/v1/sectors': {
    get: {
      summary: 'SMHI main sectors',
      operationId: 'listSectors',
      responses: { 200: ok('Sectors', 'The nine main sectors.'), 304: notModified, 400: badRequest },
    },
  },
  '/api/v1/contracts': {
    get: {
      summary: 'Klimatkontrakt 2030 versions and signings',
      operationId: 'listContracts',
      parameters: [asOf],
      responses: {
        200: ok('Contracts', 'Every yearly version and signature, with sources.'),
        304: notModified,
        400: badRequest,
      },
    },
  },
  '/api/v1/standings': {
    get: {
      summary: 'The cities in rank order on one measure',
      operationId: 'listStandings',
      parameters: [
        {
          name: 'measure',
          in: 'query',
          required: false,
          description:
            'What to rank by (default changeSince2015Percent). Rank 1 is the lowest value; ties share a rank.',
          schema: { type: 'string', enum: [...RANK_MEASURES] },
        },
      ],
      responses: {
        200: ok('Standings', 'Every city with its value and rank, best first.'),
        304: notModified,
        400: badRequest,
      },
    },
  },
  '/api/v1/cities/{id}/peers': {
    get: {
      summary:
        'Peers to learn from: the nearest cities by sector shares, emissions per person and size; the dominant sectors and who cut them fastest since 2015',
      operationId: 'getCityPeers',
      parameters: [
        { name: 'id', in: 'path', required: true, description: 'City id, e.g. malmo.', schema: { type: 'string' } },
        release,
      ],
      responses: {
        200: ok(
          'Peers',
          'The nearest peers with their distance, its parts and their features; the dominant sectors, each with the cities that cut it most per person since 2015 (by city id: a client builds its own links, e.g. to compare them); the method texts and weights.',
        ),
        304: notModified,
        400: badRequest,
        404: problem(unknownRelease),
      },
    },
  },
  ...rosterPaths,
  '/api/v1/sectors/changes': {
    get: {
      summary: 'City × sector change from 2015 to the latest reported year, in tonnes, percent and per person',
      operationId: 'listSectorChanges',
      parameters: [release],
      responses: {
        200: ok(
          'SectorChanges',
          'One row per city with its total and each sector; percent is null where the sector had 0 t in 2015.',
        ),
        304: notModified,
        400: badRequest,
        404: problem('No stored release has the `release` id.'),
      },
    },
  },
  '/api/v1/geo/lan': {
    get: {
      summary: "Outlines of Sweden's 21 län for the map (TopoJSON)",
      operationId: 'getLanOutlines',
      responses: {
        200: ok(
          'Geo',
          'A quantized, simplified TopoJSON topology whose object `lan` has one geometry per län with its SCB code and name, and the source of the outlines.',
        ),
        304: notModified,
        400: badRequest,
      },
    },
  },
};
