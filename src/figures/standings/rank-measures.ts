import { RANK_MEASURES, type RankMeasure } from '../../../contract/measures.ts';
import { formatChange, formatPerCapita, formatTonnes, type Lang } from '../../lib/format.ts';
import type { MessageKey } from '../../lib/messages.ts';

/** The measure `/standings?measure=` asks for; anything else (or nothing) is the default. */
export const DEFAULT_MEASURE: RankMeasure = 'changeSince2015Percent';

export function parseMeasure(raw: string | null): RankMeasure {
  return RANK_MEASURES.find((measure) => measure === raw) ?? DEFAULT_MEASURE;
}

/** The label of each rank measure (shared with the city page's ranks). */
export const RANK_LABELS: Record<RankMeasure, MessageKey> = {
  tonnesCo2e: 'city.rank.tonnesCo2e',
  tonnesPerCapita: 'city.rank.tonnesPerCapita',
  changeSince1990Percent: 'city.rank.changeSince1990Percent',
  changeSince2015Percent: 'city.rank.changeSince2015Percent',
  averageAnnualChangeSince2015Percent: 'city.rank.averageAnnualChangeSince2015Percent',
  projectedChange2030Percent: 'city.rank.projectedChange2030Percent',
};

/** Writes a measure's value with its unit. */
export function formatMeasure(measure: RankMeasure, value: number, lang: Lang): string {
  switch (measure) {
    case 'tonnesCo2e':
      return `${formatTonnes(value, lang)} t`;
    case 'tonnesPerCapita':
      return `${formatPerCapita(value, lang)} t`;
    default:
      return formatChange(value, lang);
  }
}
