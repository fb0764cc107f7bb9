import { queryOptions } from '@tanstack/react-query';
import type { RankMeasure } from '../../../contract/assessment.ts';
import { standingsResponseSchema } from '../../../contract/standings.ts';
import { apiGet } from '../../api/client.ts';

export const standingQueries = {
  all: () => ['standings'] as const,
  byMeasure: (measure: RankMeasure) =>
    queryOptions({
      queryKey: [...standingQueries.all(), measure] as const,
      queryFn: ({ signal }) => apiGet(`/api/v1/standings?measure=${measure}`, standingsResponseSchema, { signal }),
    }),
};
