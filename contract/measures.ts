/**
 * The contract's fixed lists, without zod: pages that only need the names (a select's options,
 * a URL parameter's values) import them from here, so zod does not load with them.
 */

/** Years an index can be based on (value in that year = 100). */
export const INDEX_BASE_YEARS = [1990, 2015, 2020] as const;
export type IndexBaseYear = (typeof INDEX_BASE_YEARS)[number];

/** The measures cities are ranked on. */
export const RANK_MEASURES = [
  'tonnesCo2e',
  'tonnesPerCapita',
  'changeSince1990Percent',
  'changeSince2015Percent',
  'averageAnnualChangeSince2015Percent',
  'projectedChange2030Percent',
] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];

/**
 * The measures the standings offer: every rank measure, and each city against its own target
 * (the trend's distance from what the target allows in its target year, with the city's
 * target standing beside it: on track, off track, a target without a figure, no target).
 */
export const STANDINGS_MEASURES = [...RANK_MEASURES, 'targetGapPercent'] as const;
export type StandingsMeasure = (typeof STANDINGS_MEASURES)[number];
