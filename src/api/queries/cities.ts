/** Query factory for cities: key and fetcher live together so they cannot drift apart. */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

// The overview is the first page most readers open: its code carries no schema, the contract loads with the data.
const contract = () => import('../../../contract/cities.ts');

export const cityQueries = {
  all: () => ['cities'] as const,
  list: (asOf?: string) =>
    queryOptions({
      queryKey: [...cityQueries.all(), 'list', { asOf: asOf ?? null }] as const,
      queryFn: ({ signal }) =>
        apiGet(
          `/api/v1/cities${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
          async () => (await contract()).citiesResponseSchema,
          { signal },
        ),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...cityQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) =>
        apiGet(`/api/v1/cities/${encodeURIComponent(id)}`, async () => (await contract()).cityDetailResponseSchema, {
          signal,
        }),
    }),
};
