import { z } from './zod.ts';
import { targetStandingSchema } from './assessment.ts';
import { localizedSchema, releaseSchema, slugSchema } from './common.ts';
import { STANDINGS_MEASURES } from './measures.ts';

export const standingsMeasureSchema = z.enum(STANDINGS_MEASURES, {
  error: `measure must be one of ${STANDINGS_MEASURES.join(', ')}`,
});

/** Query of `GET /api/v1/standings`; the default measure is change since 2015. */
export const standingsQuerySchema = z.strictObject({ measure: standingsMeasureSchema.optional() });

export const standingSchema = z.object({
  cityId: slugSchema,
  name: z.string(),
  /** The measure's value as published (tonnes, t per person or percent); null when the city has none. */
  value: z.number().nullable(),
  /** 1 = lowest value; ties share a rank; null without a value. */
  rank: z.number().int().nullable(),
  of: z.number().int(),
  /** The city against its own target (every measure carries it; `targetGapPercent` ranks by it). */
  targetStanding: targetStandingSchema,
});
export type Standing = z.infer<typeof standingSchema>;

export const standingsResponseSchema = z.object({
  measure: standingsMeasureSchema,
  release: releaseSchema,
  /** How ranks are given, in Swedish and English. */
  method: localizedSchema,
  /** Every city, best rank first; cities without a value last, by name. */
  entries: z.array(standingSchema),
});
export type StandingsResponse = z.infer<typeof standingsResponseSchema>;
