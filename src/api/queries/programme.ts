/** Query factory for the programme against the rest of Sweden (GET /api/v1/programme/comparison). */
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client.ts';

const contract = () => import('../../../contract/comparison.ts');

export const programmeQueries = {
  all: () => ['programme'] as const,
  comparison: () =>
    queryOptions({
      queryKey: [...programmeQueries.all(), 'comparison'] as const,
      queryFn: ({ signal }) =>
        apiGet('/api/v1/programme/comparison', async () => (await contract()).programmeComparisonSchema, { signal }),
    }),
};
