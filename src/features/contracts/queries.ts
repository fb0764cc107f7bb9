import { queryOptions } from '@tanstack/react-query';
import { contractsResponseSchema } from '../../../contract/contracts.ts';
import { apiGet } from '../../api/client.ts';

export const contractQueries = {
  all: () => ['contracts'] as const,
  list: (asOf?: string) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list', { asOf: asOf ?? null }] as const,
      queryFn: ({ signal }) => apiGet(`/api/v1/contracts${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`, contractsResponseSchema, { signal }),
    }),
};
