/**
 * The OpenAPI 3.1 description of the API: the read API's paths in openapi-read.ts, the
 * write API's in openapi-admin.ts. Response schemas are generated from the zod contract, so
 * the document cannot drift from what the server sends.
 */
import { z } from 'zod';
import { adminPaths, adminSchemas, securitySchemes } from './openapi-admin.ts';
import { readPaths } from './openapi-read.ts';
import { readSchemas } from './openapi-read-parts.ts';

const schemas = { ...readSchemas, ...adminSchemas };

const REQUEST_SCHEMAS = new Set([
  'ReleaseFile',
  'CurrentReleaseRequest',
  'SigningRequest',
  'TargetsRequest',
  'MembershipRequest',
]);

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Klimatneutrala städer 2030 API',
      version,
      description:
        "API of the Klimatneutrala städer 2030 dashboard: greenhouse-gas emissions of the programme's 23 cities (SMHI, Nationella emissionsdatabasen), population (SCB), targets and Klimatkontrakt 2030 signings. Every figure carries its release; errors are application/problem+json (RFC 9457). Coordinators update releases, signings and targets under /api/v1/admin with a bearer token; every write is one transaction and one audit entry.",
    },
    servers: [{ url: '/' }],
    paths: {
      ...readPaths,
      ...adminPaths,
      '/api/v1/openapi.json': {
        get: {
          summary: 'This document',
          operationId: 'getOpenApi',
          responses: { 200: { description: 'OpenAPI 3.1 document.' } },
        },
      },
    },
    components: {
      securitySchemes,
      // Request bodies are described as a client writes them (defaults optional), answers as the server sends them.
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          z.toJSONSchema(schema, { io: REQUEST_SCHEMAS.has(name) ? 'input' : 'output', unrepresentable: 'any' }),
        ]),
      ),
    },
  };
}
