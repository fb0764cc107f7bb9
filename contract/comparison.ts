/**
 * The programme against the rest of Sweden (issue 18): the programme's members combined, all
 * other municipalities combined, and Sweden's national total (SMHI's national series), over the
 * same years of one release. Computed in server/domain/programme-comparison.ts; the UI only shows it.
 */
import { z } from './zod.ts';
import { localizedSchema, releaseSchema } from './common.ts';

export const COMPARISON_GROUPS = ['programme', 'rest', 'sweden'] as const;
export const comparisonGroupIdSchema = z.enum(COMPARISON_GROUPS);
export type ComparisonGroupId = z.infer<typeof comparisonGroupIdSchema>;

export const comparisonPointSchema = z.object({
  year: z.number().int(),
  /** The group's emissions added up, t CO2e (2 decimals). */
  tonnesCo2e: z.number(),
  /** Its population on 31 December (SCB); null when a member's is missing that year. */
  population: z.number().int().nullable(),
  tonnesPerCapita: z.number().nullable(),
  /** tonnes ÷ tonnes in 1990 × 100, and on 2015 (2 decimals). */
  index1990: z.number().nullable(),
  index2015: z.number().nullable(),
});
export type ComparisonPoint = z.infer<typeof comparisonPointSchema>;

export const comparisonGroupSchema = z.object({
  id: comparisonGroupIdSchema,
  label: localizedSchema,
  /** How many municipalities the group adds up; null for Sweden's national total. */
  municipalities: z.number().int().nullable(),
  points: z.array(comparisonPointSchema),
  changeSince1990Percent: z.number().nullable(),
  changeSince2015Percent: z.number().nullable(),
  /** Change in t CO2e per person from 2015 to the latest year, in percent. */
  perCapitaChangeSince2015Percent: z.number().nullable(),
  /** The group's figures in the latest year. */
  latest: comparisonPointSchema.nullable(),
});
export type ComparisonGroup = z.infer<typeof comparisonGroupSchema>;

export const programmeComparisonSchema = z.object({
  release: releaseSchema,
  /** The reported years of the release, the same for every group. */
  years: z.array(z.number().int()),
  /** Where Sweden's total comes from; `sameRelease` false when it is from another release than the municipalities'. */
  national: z.object({ releaseId: z.string(), origin: z.string(), sameRelease: z.boolean() }).nullable(),
  groups: z.array(comparisonGroupSchema),
  method: localizedSchema,
  caveat: localizedSchema,
});
export type ProgrammeComparison = z.infer<typeof programmeComparisonSchema>;
