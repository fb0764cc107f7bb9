/**
 * The programme as data (issue 18): cohorts and memberships. A city is a member of a programme
 * on a day when its membership began on or before it (`joinedOn` is the first day of what is
 * known, `joinedPrecision` says how much of it is) and had not ended (`leftOn`).
 */
import { z } from './zod.ts';
import { asOfSchema, isoDateSchema, localizedSchema, slugSchema } from './common.ts';

export const PROGRAMMES = ['kns2030', 'eu-mission'] as const;
export const programmeSchema = z.enum(PROGRAMMES);
export type Programme = z.infer<typeof programmeSchema>;

export const COHORT_KINDS = ['wave', 'pioneer', 'twin', 'mission'] as const;
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export const certaintySchema = z.enum(['stated', 'inferred']);

export const cohortSchema = z.object({
  id: slugSchema,
  programme: programmeSchema,
  /** `wave` of 2019 or 2021, the 2024 `pioneer` or `twin` cities (a twin has a partner), the EU `mission`'s cities. */
  kind: z.enum(COHORT_KINDS),
  label: localizedSchema,
  note: localizedSchema,
});
export type Cohort = z.infer<typeof cohortSchema>;

export const sourcedLinkSchema = z.object({ url: z.url(), title: localizedSchema });

export const missionLabelSchema = z.object({
  awardedOn: isoDateSchema,
  precision: datePrecisionSchema,
  /** `inferred`: the year is not on the source page but derived, as the note says. */
  certainty: certaintySchema,
  source: sourcedLinkSchema,
  note: localizedSchema,
});
export type MissionLabel = z.infer<typeof missionLabelSchema>;

export const membershipSchema = z.object({
  programme: programmeSchema,
  cohortId: slugSchema,
  /** A twin city's partner in the programme. */
  partnerId: slugSchema.nullable(),
  joinedOn: isoDateSchema,
  joinedPrecision: datePrecisionSchema,
  joinedCertainty: certaintySchema,
  /** The first day the city was no longer a member; null while it is one. */
  leftOn: isoDateSchema.nullable(),
  /** Whether the city was a member on the response's `asOf` day. */
  onAsOf: z.boolean(),
  source: sourcedLinkSchema,
  note: localizedSchema,
  missionLabel: missionLabelSchema.nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

/** Which cities a list holds: the programme's members on `asOf` (the default), or every municipality. */
export const scopeSchema = z.enum(['programme', 'all']);
export type Scope = z.infer<typeof scopeSchema>;

/** A municipality as the pickers need it: who it is and which cohorts it belongs to (GET /api/v1/municipalities). */
export const municipalitySchema = z.object({
  id: slugSchema,
  name: z.string(),
  kommunkod: z.string(),
  lan: z.object({ code: z.string(), name: z.string() }),
  /** A member of Klimatneutrala städer 2030 on `asOf`. */
  inProgramme: z.boolean(),
  memberships: z.array(
    z.object({
      programme: programmeSchema,
      cohortId: slugSchema,
      partnerId: slugSchema.nullable(),
      onAsOf: z.boolean(),
    }),
  ),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const municipalitiesQuerySchema = z.strictObject({
  asOf: asOfSchema.optional(),
});

export const municipalitiesResponseSchema = z.object({
  asOf: isoDateSchema,
  cohorts: z.array(cohortSchema),
  /** Every municipality in Sweden, in Swedish order. */
  municipalities: z.array(municipalitySchema),
});
export type MunicipalitiesResponse = z.infer<typeof municipalitiesResponseSchema>;
