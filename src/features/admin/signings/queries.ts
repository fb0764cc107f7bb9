/**
 * A city's signings as the admin API reads them: each with its origin, and their version,
 * which a correction or removal sends back as If-Match. Not refetched behind the
 * coordinator's back (focus, reconnect): what the form shows is what its version names.
 */
import { queryOptions } from '@tanstack/react-query';
import { citySigningsResponseSchema } from '../../../../contract/admin.ts';
import { adminFetch } from '../admin-api.ts';

export const signingQueries = {
  all: () => ['admin', 'signings'] as const,
  city: (cityId: string) =>
    queryOptions({
      queryKey: [...signingQueries.all(), cityId] as const,
      queryFn: ({ signal }) =>
        adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/signings`, citySigningsResponseSchema, {
          signal,
        }),
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
};
