/** Query factory for emission series. Always the whole range, so changing years or measure never refetches. */
import { queryOptions } from '@tanstack/react-query';
import { emissionsResponseSchema } from '../../../contract/emissions.ts';
import { apiGet } from '../../api/client.ts';

export const SERIES_FROM = 1990;
export const SERIES_TO = 2050;

export const emissionQueries = {
  all: () => ['emissions'] as const,
  /** `cities` undefined means every city. */
  series: ({ cities, sectors = false }: { cities?: readonly string[]; sectors?: boolean } = {}) => {
    const params = new URLSearchParams({ from: String(SERIES_FROM), to: String(SERIES_TO) });
    if (cities) params.set('cities', cities.join(','));
    if (sectors) params.set('sectors', 'true');
    return queryOptions({
      queryKey: [...emissionQueries.all(), 'series', { cities: cities?.join(',') ?? null, sectors }] as const,
      queryFn: ({ signal }) => apiGet(`/api/v1/emissions?${params.toString()}`, emissionsResponseSchema, { signal }),
    });
  },
};
