/**
 * The county outlines drawn as the map shows them: a page the server renders carries this instead of
 * the outlines, so hydrating it fits no projection. The drawing code loads with the first answer.
 */
import { queryOptions } from '@tanstack/react-query';
import type { GeoResponse } from '../../../contract/geo.ts';
import { fetchLan, geoQueries } from '../../api/queries/map.ts';
import type { DrawnMap } from './map-series.ts';

/** The map as drawn from the outlines, with the outlines' source. */
export interface DrawnLan {
  map: DrawnMap;
  source: GeoResponse['source'];
}

export const drawnMapQuery = () =>
  queryOptions({
    queryKey: [...geoQueries.all(), 'lan', 'drawn'] as const,
    queryFn: async ({ signal }): Promise<DrawnLan> => {
      const [{ drawMap }, lan] = await Promise.all([import('./map-series.ts'), fetchLan(signal)]);
      return { map: drawMap(lan.topology), source: lan.source };
    },
    staleTime: Infinity,
  });
