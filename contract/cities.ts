import { z } from './zod.ts';
import { asOfSchema, isoDateSchema, localizedSchema, releaseSchema, slugSchema, sourceSchema } from './common.ts';
import { cityAssessmentSchema, methodsSchema, TARGET_STANDINGS } from './assessment.ts';
import { contractSourceSchema, contractStatusSchema, signingSchema } from './contracts.ts';
import { cohortSchema, scopeSchema, membershipSchema } from './roster.ts';

/** A city's Klimatkontrakt 2030 standing, computed for the response's `asOf` day. */
export const cityContractSchema = z.object({
  status: contractStatusSchema,
  /** First contract signed on or before `asOf`; null when none. */
  firstSignedOn: isoDateSchema.nullable(),
  firstSignedDateCertainty: z.enum(['stated', 'inferred']).nullable(),
  /** Newest yearly version signed as a contract on or before `asOf`. */
  latestVersionId: z.string().nullable(),
});

/** Emissions in the newest reported year of the current release. */
export const latestEmissionsSchema = z.object({
  year: z.number().int(),
  tonnesCo2e: z.number(),
  /** Population on 31 December of the same year; null when SCB has none for it. */
  population: z.number().int().nullable(),
  tonnesPerCapita: z.number().nullable(),
});

export const citySummarySchema = z.object({
  id: slugSchema,
  name: z.string(),
  kommunkod: z.string(),
  lan: z.object({ code: z.string(), name: z.string() }),
  /** Whether the city was a member of Klimatneutrala städer 2030 on the response's `asOf` day. */
  inProgramme: z.boolean(),
  /** The city's memberships (of the programme, of the EU Mission), past and present. */
  memberships: z.array(membershipSchema),
  location: z.object({ lat: z.number(), lon: z.number(), kind: z.enum(['town-centre', 'area-centroid']) }),
  contract: cityContractSchema,
  latest: latestEmissionsSchema.nullable(),
  /** Change from 1990 to the latest year, in percent (negative is a cut). */
  changeSince1990Percent: z.number().nullable(),
  /** Change from 2015 to the latest year, in percent. */
  changeSince2015Percent: z.number().nullable(),
  assessment: cityAssessmentSchema,
});
export type CitySummary = z.infer<typeof citySummarySchema>;

export const programmeSummarySchema = z.object({
  /** The programme's members on `asOf`: every other figure here is about them. */
  cityCount: z.number().int(),
  /** Cities with a signed contract on `asOf`. */
  signedCount: z.number().int(),
  letterOfIntentCount: z.number().int(),
  /** Cumulative number of cities with a signed contract at the end of each year. */
  signedByYear: z.array(
    z.object({
      year: z.number().int(),
      count: z.number().int(),
      /** The year's count adds a first contract whose date is inferred, not stated in the sources. */
      inferred: z.boolean(),
    }),
  ),
  /** How many cities stand where against their own targets (each of TARGET_STANDINGS, zeros included). */
  targetStandings: z.record(z.enum(TARGET_STANDINGS), z.number().int()),
  /** All cities added together, for the latest year of the current release. */
  combined: z.object({
    latestYear: z.number().int(),
    tonnesCo2e: z.number(),
    changeSince1990Percent: z.number().nullable(),
    changeSince2015Percent: z.number().nullable(),
  }),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const citiesQuerySchema = z.strictObject({
  asOf: asOfSchema.optional(),
  /** A stored release's id (GET /api/v1/releases); default: the current one. */
  release: slugSchema.max(64, 'a release id has at most 64 characters').optional(),
  /** `programme` (default): the members on `asOf`; `all`: every municipality, members marked. */
  scope: scopeSchema.optional(),
});

export const cityQuerySchema = citiesQuerySchema.omit({ scope: true });

export const citiesResponseSchema = z.object({
  asOf: isoDateSchema,
  scope: scopeSchema,
  /** The cohorts of both programmes, in order (waves first). */
  cohorts: z.array(cohortSchema),
  release: releaseSchema,
  populationSource: sourceSchema,
  methods: methodsSchema,
  summary: programmeSummarySchema,
  cities: z.array(citySummarySchema),
});
export type CitiesResponse = z.infer<typeof citiesResponseSchema>;

export const targetSchema = z.object({
  id: z.string(),
  scope: z.enum(['territorial', 'organisation', 'consumption']),
  /** The target the product draws a path for, where it has a numeric one. */
  primary: z.boolean(),
  targetYear: z.number().int(),
  measure: z.discriminatedUnion('type', [
    z.object({ type: z.literal('reduction-from-base'), baseYear: z.number().int(), reductionPercent: z.number() }),
    z.object({ type: z.literal('annual-reduction'), annualReductionPercent: z.number() }),
    z.object({ type: z.literal('statement') }),
  ]),
  statement: z.object({ sv: z.string(), en: z.string() }),
  source: z.object({ url: z.url(), title: z.string(), note: localizedSchema }),
});
export type Target = z.infer<typeof targetSchema>;

export const cityDetailResponseSchema = z.object({
  asOf: isoDateSchema,
  release: releaseSchema,
  city: citySummarySchema.extend({
    location: z.object({
      lat: z.number(),
      lon: z.number(),
      kind: z.enum(['town-centre', 'area-centroid']),
      source: z.string(),
    }),
  }),
  methods: methodsSchema,
  /** The cohorts of both programmes, to name the city's (and its partner's) memberships. */
  cohorts: z.array(cohortSchema),
  /** A twin city's partner, or the twin a programme city is partnered with: id and name. */
  partners: z.array(z.object({ id: slugSchema, name: z.string() })),
  population: z.array(z.object({ year: z.number().int(), persons: z.number().int(), sourceId: z.string() })),
  /** Verified targets; empty means no target is recorded. */
  targets: z.array(targetSchema),
  contractHistory: z.array(signingSchema),
  contractSources: z.array(contractSourceSchema),
});
export type CityDetailResponse = z.infer<typeof cityDetailResponseSchema>;

export const cityParamsSchema = z.object({ id: slugSchema });
