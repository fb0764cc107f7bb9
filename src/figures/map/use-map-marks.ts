import { useMemo } from 'react';
import type { CitiesResponse } from '../../../contract/cities.ts';
import { legendFor, type MapMeasure } from './map-scales.ts';
import { geometryOf, mapMarks, type DrawnMap } from './map-series.ts';

/**
 * The map's shaping, once per change, for the page, a slide and an embed alike: Sweden's outlines
 * projected, a mark per city (`myCity`'s outlined) and the key's items for the measure.
 */
export function useMapMarks(cities: CitiesResponse, drawn: DrawnMap, measure: MapMeasure, myCity: string | null) {
  const geometry = useMemo(() => geometryOf(drawn), [drawn]);
  const marks = useMemo(
    () => mapMarks(cities.cities, geometry.projection, measure, myCity),
    [cities, geometry, measure, myCity],
  );
  const legend = useMemo(() => legendFor(measure, marks), [measure, marks]);
  return { geometry, marks, legend };
}
