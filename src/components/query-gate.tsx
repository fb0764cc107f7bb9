import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, Loading } from './query-states.tsx';

type Queries = readonly UseQueryResult<unknown, Error>[];
type DataOf<Q extends Queries> = { [K in keyof Q]: Q[K] extends UseQueryResult<infer D, Error> ? D : never };

interface QueryGateProps<Q extends Queries> {
  /** The queries a view needs; it shows once every one has its data. */
  queries: Q;
  /** The view, given each query's data in order. */
  children: (...data: DataOf<Q>) => ReactNode;
}

/**
 * A view's loading and error states: the spinner while any query is loading, the first
 * failure with one retry for every query that failed, and the view itself once all have
 * their data. A query whose refetch fails keeps its data, so the view stays (the server
 * status notice says the data may be stale).
 */
export function QueryGate<const Q extends Queries>({ queries, children }: QueryGateProps<Q>) {
  if (queries.some((query) => query.isPending)) return <Loading />;
  const failed = queries.filter((query) => query.isLoadingError);
  const first = failed[0];
  if (first) return <ErrorState error={first.error} onRetry={() => failed.forEach((query) => void query.refetch())} />;
  return children(...(queries.map((query) => query.data) as DataOf<Q>));
}
