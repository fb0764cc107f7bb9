import { STANDINGS_MEASURES, type StandingsMeasure } from '../../../contract/measures.ts';
import { formatChange, formatPerCapita, formatTonnes, type Lang } from '../../lib/format.ts';

/** The measure `/standings?measure=` asks for; anything else (or nothing) is the default. */
export const DEFAULT_MEASURE: StandingsMeasure = 'changeSince2015Percent';

export function parseMeasure(raw: string | null): StandingsMeasure {
  return STANDINGS_MEASURES.find((measure) => measure === raw) ?? DEFAULT_MEASURE;
}

/** The label of each measure (the rank measures' shared with the city page's ranks). */
export const RANK_LABELS = {
  tonnesCo2e: 'figure-standings:city.rank.tonnesCo2e',
  tonnesPerCapita: 'figure-standings:city.rank.tonnesPerCapita',
  changeSince1990Percent: 'figure-standings:city.rank.changeSince1990Percent',
  changeSince2015Percent: 'figure-standings:city.rank.changeSince2015Percent',
  averageAnnualChangeSince2015Percent: 'figure-standings:city.rank.averageAnnualChangeSince2015Percent',
  projectedChange2030Percent: 'figure-standings:city.rank.projectedChange2030Percent',
  targetGapPercent: 'figure-standings:city.rank.targetGapPercent',
} as const satisfies Record<StandingsMeasure, `figure-standings:${string}`>;

/** Writes a measure's value with its unit. */
export function formatMeasure(measure: StandingsMeasure, value: number, lang: Lang): string {
  switch (measure) {
    case 'tonnesCo2e':
      return `${formatTonnes(value, lang)} t`;
    case 'tonnesPerCapita':
      return `${formatPerCapita(value, lang)} t`;
    default:
      return formatChange(value, lang);
  }
}
