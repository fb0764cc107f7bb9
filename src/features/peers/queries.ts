/** Query factory for peers (issue 8): a city's peers and cutters, and the programme-wide sector matrix. */
import { queryOptions } from '@tanstack/react-query';
import { peersResponseSchema, sectorChangesResponseSchema } from '../../../contract/peers.ts';
import { apiGet } from '../../api/client.ts';

export const peerQueries = {
  all: () => ['peers'] as const,
  city: (id: string) =>
    queryOptions({
      queryKey: [...peerQueries.all(), 'city', id] as const,
      queryFn: ({ signal }) => apiGet(`/api/v1/cities/${encodeURIComponent(id)}/peers`, peersResponseSchema, { signal }),
    }),
  sectorChanges: () =>
    queryOptions({
      queryKey: [...peerQueries.all(), 'sector-changes'] as const,
      queryFn: ({ signal }) => apiGet('/api/v1/sectors/changes', sectorChangesResponseSchema, { signal }),
    }),
};
