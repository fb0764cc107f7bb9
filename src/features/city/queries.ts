/** Query factory for SMHI's sectors: names in both languages, in SMHI's order. */
import { queryOptions } from '@tanstack/react-query';
import { sectorsResponseSchema } from '../../../contract/sectors.ts';
import { apiGet } from '../../api/client.ts';

export const sectorQueries = {
  all: () => ['sectors'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sectorQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/api/v1/sectors', sectorsResponseSchema, { signal }),
      // The nine sectors are fixed by SMHI's method; they do not change while the page is open.
      staleTime: Infinity,
    }),
};
