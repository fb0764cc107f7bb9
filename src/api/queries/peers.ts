/** Query factory for peers (issue 8): a city's peers and cutters, and the programme-wide sector matrix. */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/peers.ts');

export const peerQueries = {
  all: () => ['peers'] as const,
  city: (id: string) =>
    queryOptions({
      queryKey: [...peerQueries.all(), 'city', id] as const,
      queryFn: ({ signal }) =>
        apiGet(`/api/v1/cities/${encodeURIComponent(id)}/peers`, async () => (await contract()).peersResponseSchema, {
          signal,
        }),
    }),
  sectorChanges: () =>
    queryOptions({
      queryKey: [...peerQueries.all(), 'sector-changes'] as const,
      queryFn: ({ signal }) =>
        apiGet('/api/v1/sectors/changes', async () => (await contract()).sectorChangesResponseSchema, { signal }),
    }),
};
