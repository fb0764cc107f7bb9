/**
 * Query factories of the admin view. Admin keys start with 'admin' so signing out can drop
 * them all; the token is read by the fetchers, never part of a key.
 */
import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { adminSessionResponseSchema, auditResponseSchema, releasesResponseSchema } from '../../../contract/admin.ts';
import { apiGet } from '../../api/client.ts';
import { adminFetch } from './admin-api.ts';

export const AUDIT_PAGE_SIZE = 20;

export const releaseQueries = {
  all: () => ['releases'] as const,
  /** Public: every stored release and which is current. */
  list: () =>
    queryOptions({
      queryKey: [...releaseQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/api/v1/releases', releasesResponseSchema, { signal }),
    }),
};

export const adminQueries = {
  all: () => ['admin'] as const,
  /** Who the stored token belongs to; a 401 means it is no longer accepted. */
  session: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'session'] as const,
      queryFn: ({ signal }) => adminFetch('/api/v1/admin/session', adminSessionResponseSchema, { signal }),
      // The answer only changes when the server's tokens do; checking once per sign-in is enough.
      staleTime: Infinity,
    }),
  /** Newest first; each further page starts before the previous page's last entry. */
  audit: () =>
    infiniteQueryOptions({
      queryKey: [...adminQueries.all(), 'audit'] as const,
      queryFn: ({ signal, pageParam }) =>
        adminFetch(
          `/api/v1/admin/audit?limit=${AUDIT_PAGE_SIZE}${pageParam === null ? '' : `&before=${pageParam}`}`,
          auditResponseSchema,
          { signal },
        ),
      initialPageParam: null as number | null,
      getNextPageParam: (last) => last.nextBefore,
    }),
};

/**
 * After any write: every public view may show what changed (figures, statuses, targets,
 * ranks), so mark all of them stale, with the audit log; the session check stays as it is.
 */
export function invalidateAfterWrite(client: QueryClient): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'admin' || query.queryKey[1] === 'audit',
  });
}
