import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

// The schema (and zod with it) loads with the first answer that needs parsing, not with the page: a server-rendered page parses nothing on hydration.
const contract = () => import('../../../contract/contracts.ts');

export const contractQueries = {
  all: () => ['contracts'] as const,
  list: (asOf?: string) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list', { asOf: asOf ?? null }] as const,
      queryFn: ({ signal }) =>
        apiGet(
          `/api/v1/contracts${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
          async () => (await contract()).contractsResponseSchema,
          { signal },
        ),
    }),
};
