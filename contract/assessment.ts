/**
 * A city's trajectory measured against its target and a neutral reference path.
 * Every figure is computed in server/domain; the browser only shows it.
 */
import { z } from './zod.ts';
import { localizedSchema } from './common.ts';

import { RANK_MEASURES } from './measures.ts';
export {
  INDEX_BASE_YEARS,
  RANK_MEASURES,
  STANDINGS_MEASURES,
  type IndexBaseYear,
  type RankMeasure,
  type StandingsMeasure,
} from './measures.ts';

/** Value ÷ the city's reported emissions in the base year × 100; null when the base year is not reported. */
export const indexSchema = z.object({
  '1990': z.number().nullable(),
  '2015': z.number().nullable(),
  '2020': z.number().nullable(),
});
export type IndexValues = z.infer<typeof indexSchema>;

/** A point on a computed path (trend, target or reference); not a measurement. Tonnes are rounded to 2 decimals; the trend path is floored at zero. */
export const pathPointSchema = z.object({ year: z.number().int(), tonnesCo2e: z.number(), index: indexSchema });
export type PathPoint = z.infer<typeof pathPointSchema>;

export const trendSchema = z.object({
  /**
   * Slope of a least-absolute-deviations line through the reported years from `fromYear` (2015),
   * drawn from the latest reported year's emissions (`toYear`), as Klimatkollen does.
   */
  method: z.literal('least-absolute-deviations'),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  /** How many reported years the line was fitted to. */
  yearsUsed: z.number().int(),
  slopeTonnesPerYear: z.number(),
  /** The slope relative to the line's value in the latest reported year, in percent per year. */
  slopePercentPerYear: z.number().nullable(),
  /** The line's value in 2030 and 2050, floored at zero. */
  projected2030Tonnes: z.number(),
  projected2050Tonnes: z.number(),
  /** Projected 2030 against the latest reported year, in percent. */
  projectedChange2030Percent: z.number().nullable(),
});
export type Trend = z.infer<typeof trendSchema>;

export const onTrackSchema = z.enum(['on-track', 'off-track']);

/**
 * A city against its own target, in one word: on or off track (its trend against the target
 * with a figure), a target without a figure to draw, no target at all, or a target with a figure
 * whose trend cannot be worked out (too few reported years). server/domain/target-standing.ts.
 */
export const TARGET_STANDINGS = ['on-track', 'off-track', 'not-assessed', 'no-figure', 'no-target'] as const;
export const targetStandingSchema = z.enum(TARGET_STANDINGS);
export type TargetStanding = z.infer<typeof targetStandingSchema>;

export const targetAssessmentSchema = z.object({
  targetId: z.string(),
  targetYear: z.number().int(),
  /** The year the path starts from, and whether the target text names it (false: assumed, see methods). */
  baseYear: z.number().int(),
  baseYearStated: z.boolean(),
  /** The reported total in the base year. */
  baseTonnes: z.number(),
  /** Emissions the target allows in the target year. */
  targetTonnes: z.number(),
  /** The constant annual change of the target path, in percent (negative). */
  pathAnnualChangePercent: z.number(),
  /** The constant annual change needed from the latest reported year to reach the target; 0 when already below it. */
  requiredAnnualChangePercent: z.number(),
  /** The trend's value in the target year. */
  projectedTonnes: z.number().nullable(),
  status: onTrackSchema.nullable(),
});
export type TargetAssessment = z.infer<typeof targetAssessmentSchema>;

export const referenceAssessmentSchema = z.object({
  startYear: z.number().int(),
  startTonnes: z.number(),
  annualChangePercent: z.number(),
  /** Sum of the reference path's emissions from the start year to 2050. */
  budgetTonnes: z.number(),
  /** Sum of the trend's emissions over the same years (floored at zero). */
  trendTonnes: z.number(),
  /** 'on-track' when trendTonnes ≤ budgetTonnes. */
  status: onTrackSchema,
});
export type ReferenceAssessment = z.infer<typeof referenceAssessmentSchema>;

/**
 * 1 is the lowest value (least emissions, deepest cut); ties (equal published values) share a rank and
 * the next rank is skipped (1, 2, 2, 4); `of` counts the cities with a value; null when the city has none.
 */
export const rankSchema = z.object({ rank: z.number().int(), of: z.number().int() }).nullable();

export const cityAssessmentSchema = z.object({
  /** Compound annual change from 2015 to the latest reported year, in percent. */
  averageAnnualChangeSince2015Percent: z.number().nullable(),
  trend: trendSchema.nullable(),
  /** Why there is no target assessment: no verified target, or none with a figure to draw. */
  targetStatus: z.enum(['assessed', 'no-target', 'no-numeric-target']),
  target: targetAssessmentSchema.nullable(),
  /** The city against its own target, in one of TARGET_STANDINGS. */
  targetStanding: targetStandingSchema,
  reference: referenceAssessmentSchema.nullable(),
  ranks: z.record(z.enum(RANK_MEASURES), rankSchema),
});
export type CityAssessment = z.infer<typeof cityAssessmentSchema>;

/** The rules behind the figures, to show next to them. */
export const methodsSchema = z.object({
  averageAnnualChange: localizedSchema,
  trend: localizedSchema,
  targetPath: localizedSchema,
  referencePath: localizedSchema,
  /** On or off track against the city's own target. */
  onTrack: localizedSchema,
  /** Within or over the budget against the reference path. */
  budget: localizedSchema,
  ranks: localizedSchema,
  index: localizedSchema,
  perCapita: localizedSchema,
});
export type Methods = z.infer<typeof methodsSchema>;
