/**
 * The emission series of the cities a comparison shows, and no others: the server renders a
 * comparison with only these in its data, and a new selection fetches only its own series (a
 * city added or removed keeps the chart on screen while the new series arrive). Ids are sorted,
 * so the same cities in another order are the same query.
 */
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { emissionQueries } from '../../api/queries/emissions.ts';
import type { CompareState } from './compare-state.ts';

/** The query options for a selection; shared by the pages and the server's prefetch. */
export function selectedEmissions(cities: readonly string[], release?: string) {
  return emissionQueries.series({ cities: [...cities].sort(), release });
}

export interface SelectedEmissions {
  query: UseQueryResult<EmissionsResponse, Error>;
  /**
   * The state to draw now: while a new selection's series are on their way, the cities that
   * have arrived (so no city is drawn or reported missing for data that is only late).
   */
  shown: CompareState;
}

export function useSelectedEmissions(state: CompareState, release?: string): SelectedEmissions {
  const query = useQuery({
    ...selectedEmissions(state.cities, release),
    enabled: state.cities.length > 0,
    placeholderData: keepPreviousData,
  });
  if (!query.isPlaceholderData || !query.data) return { query, shown: state };
  const arrived = new Set(query.data.series.map((series) => series.cityId));
  return { query, shown: { ...state, cities: state.cities.filter((id) => arrived.has(id)) } };
}
