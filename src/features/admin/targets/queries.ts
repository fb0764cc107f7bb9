/**
 * A city's targets as the admin API reads them: the list and its version, which the
 * editor's save sends back as If-Match. Not refetched behind the coordinator's back
 * (focus, reconnect): the version must stay the one of the targets the editor started from.
 */
import { queryOptions } from '@tanstack/react-query';
import { cityTargetsResponseSchema } from '../../../../contract/admin.ts';
import { adminFetch } from '../admin-api.ts';

export const targetQueries = {
  city: (cityId: string) =>
    queryOptions({
      queryKey: ['admin', 'targets', cityId] as const,
      queryFn: ({ signal }) =>
        adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/targets`, cityTargetsResponseSchema, { signal }),
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
};
