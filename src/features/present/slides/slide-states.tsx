import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState, Loading } from '../../../components/query-states.tsx';

/**
 * The loading or error state of a slide's queries, or null when all have data. Data that a
 * later refetch failed to refresh is still shown (a hall's network comes and goes); an error
 * keeps its retry button, so a presenter can recover a slide without reloading the deck.
 */
export function slideState(queries: UseQueryResult[]) {
  if (queries.every((q) => q.data !== undefined)) return null;
  const failed = queries.find((q) => q.isLoadingError);
  if (failed)
    return <ErrorState error={failed.error} onRetry={() => queries.forEach((q) => q.isError && void q.refetch())} />;
  return <Loading />;
}
