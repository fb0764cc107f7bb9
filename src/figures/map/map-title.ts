/** Titles shared by a view's exports, its embed and the embed snippet, so all three name it alike. */
import type { CitiesResponse } from '../../../contract/cities.ts';
import { formatDay, type Lang } from '../../lib/format.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { MapMeasure } from './map-scales.ts';

/**
 * "Städerna på kartan: Per invånare (2024)": the emissions year for emission measures; the
 * day the contract status is for, when the map shows the contract.
 */
export function mapTitle(
  measure: MapMeasure,
  cities: Pick<CitiesResponse, 'asOf' | 'release'>,
  t: Translate<'figure-map'>,
  lang: Lang,
): string {
  const when = measure === 'contract' ? formatDay(cities.asOf, lang) : String(cities.release.dataThroughYear);
  return t('export.map.title', { measure: t(`map.measure.${measure}`), when });
}
