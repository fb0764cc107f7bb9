/** Query factory for the map's outlines: key and fetcher live together so they cannot drift apart. */
import { queryOptions } from '@tanstack/react-query';
import { geoResponseSchema } from '../../../contract/geo.ts';
import { apiGet } from '../../api/client.ts';

export const geoQueries = {
  all: () => ['geo'] as const,
  lan: () =>
    queryOptions({
      queryKey: [...geoQueries.all(), 'lan'] as const,
      queryFn: ({ signal }) => apiGet('/api/v1/geo/lan', geoResponseSchema, { signal }),
      // The outlines change only with a new import; no need to refetch them within a visit.
      staleTime: Infinity,
    }),
};
