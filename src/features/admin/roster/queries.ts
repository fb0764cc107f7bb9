/**
 * A municipality's memberships as the admin API reads them, with their version, which the roster
 * form's save sends back as If-Match. Not refetched behind the coordinator's back.
 */
import { queryOptions } from '@tanstack/react-query';
import { cityMembershipsResponseSchema } from '../../../../contract/admin.ts';
import { adminFetch } from '../admin-api.ts';

export const rosterQueries = {
  city: (cityId: string) =>
    queryOptions({
      queryKey: ['admin', 'memberships', cityId] as const,
      queryFn: ({ signal }) =>
        adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/memberships`, cityMembershipsResponseSchema, {
          signal,
        }),
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
};
