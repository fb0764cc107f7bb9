import { queryOptions } from '@tanstack/react-query';
import type { StandingsMeasure } from '../../../contract/measures.ts';
import { apiGet } from '../client.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/standings.ts');

export const standingQueries = {
  all: () => ['standings'] as const,
  byMeasure: (measure: StandingsMeasure) =>
    queryOptions({
      queryKey: [...standingQueries.all(), measure] as const,
      queryFn: ({ signal }) =>
        apiGet(`/api/v1/standings?measure=${measure}`, async () => (await contract()).standingsResponseSchema, {
          signal,
        }),
    }),
};
