/** Query factory for SMHI's sectors: names in both languages, in SMHI's order. */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/sectors.ts');

export const sectorQueries = {
  all: () => ['sectors'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sectorQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        apiGet('/api/v1/sectors', async () => (await contract()).sectorsResponseSchema, { signal }),
      // The nine sectors are fixed by SMHI's method; they do not change while the page is open.
      staleTime: Infinity,
    }),
};
