/** Query factory for the map's outlines (the map figure's drawn map builds on it): key and fetcher live together so they cannot drift apart. */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/geo.ts');

/** The county outlines with their source; the map figure draws them (src/figures/map/drawn-query.ts). */
export const fetchLan = (signal: AbortSignal) =>
  apiGet('/api/v1/geo/lan', async () => (await contract()).geoResponseSchema, { signal });

export const geoQueries = {
  all: () => ['geo'] as const,
  lan: () =>
    queryOptions({
      queryKey: [...geoQueries.all(), 'lan'] as const,
      queryFn: ({ signal }) => fetchLan(signal),
      // The outlines change only with a new import; no need to refetch them within a visit.
      staleTime: Infinity,
    }),
};
