/** Query factory for cities: key and fetcher live together so they cannot drift apart. */
import { queryOptions } from '@tanstack/react-query';
import type { Scope } from '../../../contract/roster.ts';
import { apiGet } from '../client.ts';

// The overview is the first page most readers open: its code carries no schema, the contract loads with the data.
const contract = () => import('../../../contract/cities.ts');

export const cityQueries = {
  all: () => ['cities'] as const,
  /** The programme's members on `asOf` (default today), or with scope `all` every municipality, members marked. */
  list: (asOf?: string, scope: Scope = 'programme') =>
    queryOptions({
      queryKey: [...cityQueries.all(), 'list', { asOf: asOf ?? null, scope }] as const,
      queryFn: ({ signal }) => {
        const query = new URLSearchParams();
        if (asOf) query.set('asOf', asOf);
        if (scope !== 'programme') query.set('scope', scope);
        const search = query.toString();
        return apiGet(
          `/api/v1/cities${search ? `?${search}` : ''}`,
          async () => (await contract()).citiesResponseSchema,
          {
            signal,
          },
        );
      },
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
