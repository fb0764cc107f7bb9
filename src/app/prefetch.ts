/**
 * What each page draws first, fetched on the server before it renders (react-query's
 * prefetchQuery; the cache is then dehydrated into the page, src/entry-server.tsx), so the
 * first HTML carries the figures and the browser fetches nothing twice. The keys are the
 * pages' own query factories, so a page and its prefetch cannot ask for different data.
 * Only the server imports this file.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router-dom';
import { cityQueries } from '../features/cities/queries.ts';
import { sectorQueries } from '../features/city/queries.ts';
import { parseAsOf } from '../features/contracts/as-of.ts';
import { contractQueries } from '../features/contracts/queries.ts';
import { parseCompareState } from '../features/compare/compare-state.ts';
import { selectedEmissions } from '../features/compare/selected-emissions.ts';
import { emissionQueries } from '../features/emissions/queries.ts';
import { geoQueries } from '../features/map/queries.ts';
import { peerQueries } from '../features/peers/queries.ts';
import { standingQueries } from '../features/standings/queries.ts';
import { parseMeasure } from '../features/standings/rank-measures.ts';
import type { PageName } from './routes.tsx';

export interface PrefetchAt {
  params: Params;
  search: URLSearchParams;
}

type Prefetch = (client: QueryClient, at: PrefetchAt) => Promise<unknown>[];

/** The cities, then the series of the ones the address selects (as the page parses it): nothing more goes into the page. */
async function prefetchComparison(
  client: QueryClient,
  search: URLSearchParams,
  release: string | undefined,
): Promise<void> {
  await client.prefetchQuery(cityQueries.list());
  const ids = client.getQueryData(cityQueries.list().queryKey)?.cities.map((city) => city.id) ?? [];
  const { state } = parseCompareState(search, ids);
  if (state.cities.length > 0) await client.prefetchQuery(selectedEmissions(state.cities, release));
}

const prefetchers: Partial<Record<PageName, Prefetch>> = {
  overview: (client) => [client.prefetchQuery(cityQueries.list())],
  compare: (client, { search }) => [prefetchComparison(client, search, search.get('release') || undefined)],
  city: (client, { params }) => {
    const id = params.id ?? '';
    return [
      client.prefetchQuery(cityQueries.detail(id)),
      client.prefetchQuery(emissionQueries.series({ cities: [id], sectors: true })),
      client.prefetchQuery(sectorQueries.list()),
      client.prefetchQuery(peerQueries.city(id)),
    ];
  },
  map: (client) => [client.prefetchQuery(cityQueries.list()), client.prefetchQuery(geoQueries.drawn())],
  sectors: (client) => [client.prefetchQuery(peerQueries.sectorChanges())],
  contracts: (client, { search }) => {
    const asOf = parseAsOf(search.get('asOf')).asOf ?? undefined;
    return [client.prefetchQuery(contractQueries.list(asOf)), client.prefetchQuery(cityQueries.list(asOf))];
  },
  standings: (client, { search }) => [
    client.prefetchQuery(standingQueries.byMeasure(parseMeasure(search.get('measure')))),
  ],
  about: (client) => [client.prefetchQuery(cityQueries.list()), client.prefetchQuery(contractQueries.list())],
  'embed-compare': (client, { search }) => [prefetchComparison(client, search, undefined)],
  'embed-map': (client) => [client.prefetchQuery(cityQueries.list()), client.prefetchQuery(geoQueries.drawn())],
};

/** Fills `client` with the page's first data; failures stay in the cache as the queries' errors. */
export async function prefetchPage(client: QueryClient, page: PageName, at: PrefetchAt): Promise<void> {
  await Promise.all(prefetchers[page]?.(client, at) ?? []);
}
