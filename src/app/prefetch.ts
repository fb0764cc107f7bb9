/**
 * What each page draws first, fetched on the server before it renders (react-query's
 * prefetchQuery; the cache is then dehydrated into the page, src/entry-server.tsx), so the
 * first HTML carries the figures and the browser fetches nothing twice. The keys are the
 * pages' own query factories, so a page and its prefetch cannot ask for different data.
 * Only the server imports this file.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router-dom';
import { cityQueries } from '../api/queries/cities.ts';
import { municipalityQueries } from '../api/queries/municipalities.ts';
import { programmeQueries } from '../api/queries/programme.ts';
import { sectorQueries } from '../api/queries/city.ts';
import { parseAsOf } from '../features/contracts/as-of.ts';
import { contractQueries } from '../api/queries/contracts.ts';
import { parseCompareState, selectedEmissions } from '../figures/trajectory/index.ts';
import { emissionQueries } from '../api/queries/emissions.ts';
import { peerQueries } from '../api/queries/peers.ts';
import { standingQueries } from '../api/queries/standings.ts';
import { parseMeasure } from '../figures/standings/index.ts';
import type { PageName } from './routes.tsx';
import { drawnMapQuery } from '../figures/map/index.ts';

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
  // Every municipality can be compared; the programme's members are the default selection.
  const list = municipalityQueries.list();
  await client.prefetchQuery(list);
  const cities = client.getQueryData(list.queryKey)?.municipalities ?? [];
  const { state } = parseCompareState(
    search,
    cities.map((city) => city.id),
    cities.filter((city) => city.inProgramme).map((city) => city.id),
  );
  if (state.cities.length > 0) await client.prefetchQuery(selectedEmissions(state.cities, release));
}

const prefetchers: Partial<Record<PageName, Prefetch>> = {
  overview: (client) => [client.prefetchQuery(cityQueries.list()), client.prefetchQuery(programmeQueries.comparison())],
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
  map: (client) => [client.prefetchQuery(cityQueries.list()), client.prefetchQuery(drawnMapQuery())],
  sectors: (client) => [client.prefetchQuery(peerQueries.sectorChanges())],
  contracts: (client, { search }) => {
    const asOf = parseAsOf(search.get('asOf')).asOf ?? undefined;
    return [client.prefetchQuery(contractQueries.list(asOf)), client.prefetchQuery(cityQueries.list(asOf))];
  },
  standings: (client, { search }) => [
    client.prefetchQuery(standingQueries.byMeasure(parseMeasure(search.get('measure')))),
  ],
  about: (client) => [
    client.prefetchQuery(cityQueries.list()),
    client.prefetchQuery(contractQueries.list()),
    client.prefetchQuery(programmeQueries.comparison()),
  ],
  'embed-compare': (client, { search }) => [prefetchComparison(client, search, undefined)],
  'embed-map': (client) => [client.prefetchQuery(cityQueries.list()), client.prefetchQuery(drawnMapQuery())],
};

/** Fills `client` with the page's first data; failures stay in the cache as the queries' errors. */
export async function prefetchPage(client: QueryClient, page: PageName, at: PrefetchAt): Promise<void> {
  await Promise.all(prefetchers[page]?.(client, at) ?? []);
}
