/**
 * The releases tab's own admin query: which release is current and its version, the
 * If-Match of "make current". Its key starts with 'admin', so signing out drops it.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { currentReleaseStateSchema, releaseSummarySchema } from '../../../../contract/admin.ts';
import { slugSchema } from '../../../../contract/common.ts';
import { z } from '../../../../contract/zod.ts';
import { adminFetch, AdminApiError } from '../admin-api.ts';
import { invalidateAfterWrite } from '../queries.ts';

export const currentReleaseQuery = () =>
  queryOptions({
    queryKey: ['admin', 'releases', 'current'] as const,
    queryFn: ({ signal }) => adminFetch('/api/v1/admin/releases/current', currentReleaseStateSchema, { signal }),
  });

/** After a release write: every public view, the audit log, and the current release's version. */
export async function invalidateAfterReleaseWrite(client: QueryClient): Promise<void> {
  await Promise.all([
    invalidateAfterWrite(client),
    client.invalidateQueries({ queryKey: currentReleaseQuery().queryKey }),
  ]);
}

/** The current release as a 412 carries it ("theirs"). */
const theirsSchema = z.object({ currentReleaseId: slugSchema.nullable(), release: releaseSummarySchema.nullable() });
export type CurrentRelease = z.infer<typeof theirsSchema>;

/** The release another coordinator made current, when `error` is a 412 about the releases; else null. */
export function releaseConflictOf(error: unknown): CurrentRelease | null {
  if (!(error instanceof AdminApiError) || error.status !== 412 || !error.conflict) return null;
  const parsed = theirsSchema.safeParse(error.conflict.current);
  return parsed.success ? parsed.data : null;
}
