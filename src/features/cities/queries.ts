/** Query factory for cities: key and fetcher live together so they cannot drift apart. */
import { queryOptions } from '@tanstack/react-query';
import { citiesResponseSchema, cityDetailResponseSchema } from '../../../contract/cities.ts';
import { apiGet } from '../../api/client.ts';

export const cityQueries = {
  all: () => ['cities'] as const,
  list: (asOf?: string) =>
    queryOptions({
      queryKey: [...cityQueries.all(), 'list', { asOf: asOf ?? null }] as const,
      queryFn: ({ signal }) => apiGet(`/api/v1/cities${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`, citiesResponseSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...cityQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiGet(`/api/v1/cities/${encodeURIComponent(id)}`, cityDetailResponseSchema, { signal }),
    }),
};
