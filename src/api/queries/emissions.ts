/** Query factory for emission series. Always the whole range, so changing years or measure never refetches. */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/emissions.ts');

export const SERIES_FROM = 1990;
export const SERIES_TO = 2050;

export const emissionQueries = {
  all: () => ['emissions'] as const,
  /** `cities` undefined means every city; `release` undefined means the current release. */
  series: ({
    cities,
    sectors = false,
    release,
  }: { cities?: readonly string[]; sectors?: boolean; release?: string } = {}) => {
    const params = new URLSearchParams({ from: String(SERIES_FROM), to: String(SERIES_TO) });
    if (cities) params.set('cities', cities.join(','));
    if (sectors) params.set('sectors', 'true');
    if (release) params.set('release', release);
    return queryOptions({
      queryKey: [
        ...emissionQueries.all(),
        'series',
        { cities: cities?.join(',') ?? null, sectors, release: release ?? null },
      ] as const,
      queryFn: ({ signal }) =>
        apiGet(`/api/v1/emissions?${params.toString()}`, async () => (await contract()).emissionsResponseSchema, {
          signal,
        }),
    });
  },
};
