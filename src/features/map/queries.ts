/** Query factory for the map's outlines: key and fetcher live together so they cannot drift apart. */
import { queryOptions } from '@tanstack/react-query';
import type { GeoResponse } from '../../../contract/geo.ts';
import { apiGet } from '../../api/client.ts';
import type { DrawnMap } from './map-series.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/geo.ts');

const fetchLan = (signal: AbortSignal) =>
  apiGet('/api/v1/geo/lan', async () => (await contract()).geoResponseSchema, { signal });

/** The map as drawn from the outlines, with the outlines' source. */
export interface DrawnLan {
  map: DrawnMap;
  source: GeoResponse['source'];
}

export const geoQueries = {
  all: () => ['geo'] as const,
  lan: () =>
    queryOptions({
      queryKey: [...geoQueries.all(), 'lan'] as const,
      queryFn: ({ signal }) => fetchLan(signal),
      // The outlines change only with a new import; no need to refetch them within a visit.
      staleTime: Infinity,
    }),
  /**
   * The outlines drawn as the map shows them (src/features/map/map-series.ts drawMap): a page the
   * server renders carries this instead of the outlines, so hydrating it fits no projection.
   */
  drawn: () =>
    queryOptions({
      queryKey: [...geoQueries.all(), 'lan', 'drawn'] as const,
      queryFn: async ({ signal }): Promise<DrawnLan> => {
        const [{ drawMap }, lan] = await Promise.all([import('./map-series.ts'), fetchLan(signal)]);
        return { map: drawMap(lan.topology), source: lan.source };
      },
      staleTime: Infinity,
    }),
};
