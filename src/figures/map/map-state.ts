/** The map's measure lives in the URL (`?measure=`), so a link shows the same map. */
import { DEFAULT_MEASURE, parseMapMeasure, type MapMeasure } from './map-scales.ts';

export interface MapState {
  measure: MapMeasure;
  /** The unusable `measure` value from the URL, shown with the fallback; null when fine. */
  badMeasure: string | null;
}

export function parseMapState(params: URLSearchParams): MapState {
  const raw = params.get('measure');
  if (raw === null) return { measure: DEFAULT_MEASURE, badMeasure: null };
  const measure = parseMapMeasure(raw);
  return measure ? { measure, badMeasure: null } : { measure: DEFAULT_MEASURE, badMeasure: raw };
}

/** The URL parameters for a measure; the default leaves the address clean. */
export function serializeMapState(measure: MapMeasure): URLSearchParams {
  return new URLSearchParams(measure === DEFAULT_MEASURE ? {} : { measure });
}
