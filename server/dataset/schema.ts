/**
 * The project's own dataset schema: what `npm run data:build` writes to `data/`
 * and what the server seeds its database from. Independent of any source format.
 */
import { z } from 'zod';
import { COHORT_KINDS, PROGRAMMES } from '../../contract/roster.ts';

const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const year = z.number().int().min(1900).max(2100);
const localized = z.object({ sv: z.string().min(1), en: z.string().min(1) });

export const datasetSourceSchema = z.object({
  id: z.string().min(1),
  /** The table or database, named in each language. */
  title: localized,
  url: z.url(),
  licence: localized,
  /** How to credit the source, in each language ("Källa: …", "Source: …"). */
  attribution: localized,
});

export const datasetReleaseSchema = z.object({
  /** e.g. `smhi-thru2024`: SMHI's release whose newest year is 2024. */
  id: slug,
  sourceId: z.string(),
  label: localized,
  dataThroughYear: year,
  /** When SMHI published it, as precisely as known (`2026`, `2021-10-14`). */
  published: z.string().min(4),
  /** The reported years, ascending. SMHI skips years at kommun level. */
  years: z.array(year).min(1),
  /** Where the file came from: repository, path and commit, or a local file name. */
  origin: z.string().min(1),
});

export const datasetSectorSchema = z.object({
  id: slug,
  smhiName: z.string().min(1),
  label: localized,
});

export const datasetCitySchema = z.object({
  id: slug,
  name: z.string().min(1),
  kommunkod: z.string().regex(/^\d{4}$/),
  lan: z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) }),
  location: z.object({
    lat: z.number().min(55).max(70),
    lon: z.number().min(10).max(25),
    kind: z.enum(['town-centre', 'area-centroid']),
    source: z.string().min(1),
  }),
});

export { COHORT_KINDS, PROGRAMMES } from '../../contract/roster.ts';
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

/**
 * A group of members who joined together: a wave of Klimatneutrala städer 2030 (`kns2030`), the
 * 2024 pioneer or twin cities, or the Swedish cities the EU Mission selected (`eu-mission`).
 */
export const datasetCohortSchema = z.object({
  id: slug,
  programme: z.enum(PROGRAMMES),
  kind: z.enum(COHORT_KINDS),
  label: localized,
  note: localized,
});

const sourced = z.object({ url: z.url(), title: localized });

/**
 * A municipality's membership of a programme, through its cohort. `joinedOn` is the first day of
 * what is known (`2019-01-01` with precision `year` is "2019"); a member counts from that day.
 */
export const datasetMembershipSchema = z.object({
  cityId: slug,
  cohortId: slug,
  /** A twin city's partner in the programme; null otherwise. */
  partnerId: slug.nullable(),
  joinedOn: isoDate,
  joinedPrecision: z.enum(DATE_PRECISIONS),
  joinedCertainty: z.enum(['stated', 'inferred']),
  /** The day the municipality left the programme; null while it is a member. */
  leftOn: isoDate.nullable(),
  source: sourced,
  note: localized,
  /** The EU Mission Label, for a Mission city that has one. */
  missionLabel: z
    .object({
      awardedOn: isoDate,
      precision: z.enum(DATE_PRECISIONS),
      certainty: z.enum(['stated', 'inferred']),
      source: sourced,
      note: localized,
    })
    .nullable(),
});

/** One of Sweden's 290 municipalities (SCB's code list): lets an upload tell an unknown name from one outside the programme. */
export const datasetMunicipalitySchema = z.object({
  kommunkod: z.string().regex(/^\d{4}$/),
  name: z.string().min(1),
  lanCode: z.string().regex(/^\d{2}$/),
});

export const datasetEmissionSeriesSchema = z.object({
  cityId: slug,
  releaseId: slug,
  /** year → sector id → tonnes CO2e. */
  sectors: z.record(z.string().regex(/^\d{4}$/), z.record(slug, z.number().nonnegative())),
  /** year → total tonnes CO2e as SMHI reports it (all sectors). */
  totals: z.record(z.string().regex(/^\d{4}$/), z.number().nonnegative()),
});

/**
 * Sweden's emissions per year and main sector, SMHI's national row (Län = Kommun = "Alla") of
 * one release. The importer bounds every municipality's figures by it: no municipality emits
 * more than the whole country (server/releases/plausibility.ts).
 */
export const datasetNationalEmissionsSchema = z.object({
  sourceId: z.string(),
  /** The SMHI release the national figures belong to (SMHI recalculates them with every release). */
  releaseId: slug,
  /** Where the file came from: repository, path and commit. */
  origin: z.string().min(1),
  /** year → sector id → tonnes CO2e. */
  sectors: z.record(z.string().regex(/^\d{4}$/), z.record(slug, z.number().nonnegative())),
  /** year → Sweden's total tonnes CO2e (the sum of the sectors). */
  totals: z.record(z.string().regex(/^\d{4}$/), z.number().nonnegative()),
});

export const datasetPopulationSchema = z.object({
  cityId: slug,
  /** year (31 December) → persons and the source table. */
  values: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({ persons: z.number().int().positive(), sourceId: z.string() }),
  ),
});

export const datasetContractSourceSchema = z.object({ id: z.string(), title: localized, url: z.url() });

export const datasetContractVersionSchema = z.object({
  /** The contract's yearly version, e.g. `2020`. */
  id: z.string().regex(/^\d{4}$/),
  signingDay: isoDate,
  note: localized,
});

export const datasetSigningSchema = z.object({
  cityId: slug,
  versionId: z.string().regex(/^\d{4}$/),
  kind: z.enum(['contract', 'letter-of-intent']),
  signedOn: isoDate,
  dateCertainty: z.enum(['stated', 'inferred']),
  sourceIds: z.array(z.string()).min(1),
  note: localized,
});

export const datasetTargetSchema = z.object({
  id: slug,
  cityId: slug,
  scope: z.enum(['territorial', 'organisation', 'consumption']),
  primary: z.boolean(),
  targetYear: year,
  measure: z.discriminatedUnion('type', [
    z.object({ type: z.literal('reduction-from-base'), baseYear: year, reductionPercent: z.number().min(0).max(100) }),
    z.object({ type: z.literal('annual-reduction'), annualReductionPercent: z.number().gt(0).max(100) }),
    z.object({ type: z.literal('statement') }),
  ]),
  statement: localized,
  source: z.object({ url: z.url(), title: z.string().min(1), note: localized }),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(2),
  sources: z.array(datasetSourceSchema),
  releases: z.array(datasetReleaseSchema).min(1),
  currentReleaseId: slug,
  sectors: z.array(datasetSectorSchema).min(1),
  /** Every municipality with figures: the programme's members and all the others. */
  cities: z.array(datasetCitySchema).min(1),
  cohorts: z.array(datasetCohortSchema).min(1),
  memberships: z.array(datasetMembershipSchema),
  emissions: z.array(datasetEmissionSeriesSchema),
  /** Optional: datasets built before issue 15 have none, and the importer then uses a fixed bound. */
  nationalEmissions: datasetNationalEmissionsSchema.optional(),
  population: z.array(datasetPopulationSchema),
  contract: z.object({
    sources: z.array(datasetContractSourceSchema),
    versions: z.array(datasetContractVersionSchema),
    signings: z.array(datasetSigningSchema),
    note: localized,
  }),
  targets: z.array(datasetTargetSchema),
  /** All 290 municipalities (SCB's code list). */
  municipalities: z.array(datasetMunicipalitySchema).min(1),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetCity = z.infer<typeof datasetCitySchema>;
export type DatasetRelease = z.infer<typeof datasetReleaseSchema>;
export type DatasetSector = z.infer<typeof datasetSectorSchema>;
export type DatasetEmissionSeries = z.infer<typeof datasetEmissionSeriesSchema>;
export type DatasetNationalEmissions = z.infer<typeof datasetNationalEmissionsSchema>;
export type DatasetSigning = z.infer<typeof datasetSigningSchema>;
export type DatasetTarget = z.infer<typeof datasetTargetSchema>;
export type DatasetCohort = z.infer<typeof datasetCohortSchema>;
export type DatasetMembership = z.infer<typeof datasetMembershipSchema>;
export type DatasetMunicipality = z.infer<typeof datasetMunicipalitySchema>;
