/** Query factory for the municipalities list: every municipality and its memberships, for the pickers. */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

const contract = () => import('../../../contract/roster.ts');

export const municipalityQueries = {
  all: () => ['municipalities'] as const,
  list: (asOf?: string) =>
    queryOptions({
      queryKey: [...municipalityQueries.all(), { asOf: asOf ?? null }] as const,
      queryFn: ({ signal }) =>
        apiGet(
          `/api/v1/municipalities${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
          async () => (await contract()).municipalitiesResponseSchema,
          { signal },
        ),
    }),
};
