import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState, Loading } from '../../../components/query-states.tsx';

/**
 * The loading or error state of a slide's queries, or null when all have data. An error keeps
 * its retry button, so a presenter can recover a slide without reloading the deck.
 */
export function slideState(queries: UseQueryResult[]) {
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => queries.forEach((q) => q.isError && void q.refetch())} />;
  if (queries.some((q) => q.isPending)) return <Loading />;
  return null;
}
