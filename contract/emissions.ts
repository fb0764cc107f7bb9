import { z } from './zod.ts';
import { indexSchema, methodsSchema, pathPointSchema } from './assessment.ts';
import { releaseSchema, slugSchema } from './common.ts';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_CITIES_PER_REQUEST = 300;

const yearParam = (name: string) =>
  z
    .string()
    .regex(/^\d{4}$/, `${name} must be a four-digit year`)
    .transform(Number)
    .refine((y) => y >= MIN_YEAR && y <= MAX_YEAR, `${name} must be between ${MIN_YEAR} and ${MAX_YEAR}`);

/**
 * Query of `GET /api/v1/emissions`. Omitted `cities` means all; `from` defaults to 1990 and
 * `to` to 2050, the end of the computed paths (measured points end at the latest reported year).
 */
export const emissionsQuerySchema = z
  .strictObject({
    cities: z
      .string()
      .transform((s) => s.split(','))
      .pipe(
        z
          .array(slugSchema.max(64, 'a city id has at most 64 characters'), {
            error: 'cities must be a comma-separated list of city ids such as malmo,lund',
          })
          .min(1)
          .max(MAX_CITIES_PER_REQUEST, `at most ${MAX_CITIES_PER_REQUEST} cities per request`),
      )
      .optional(),
    from: yearParam('from').optional(),
    to: yearParam('to').optional(),
    sectors: z
      .enum(['true', 'false'], { error: "sectors must be 'true' or 'false'" })
      .transform((v) => v === 'true')
      .optional(),
    /** A stored release's id (GET /api/v1/releases); default: the current one. */
    release: slugSchema.max(64, 'a release id has at most 64 characters').optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export type EmissionsQuery = z.infer<typeof emissionsQuerySchema>;

/** One reported year. Years SMHI did not report are absent, never filled in. */
export const emissionPointSchema = z.object({
  year: z.number().int(),
  tonnesCo2e: z.number(),
  /** Population on 31 December of the year (SCB), null when unknown. */
  persons: z.number().int().nullable(),
  tonnesPerCapita: z.number().nullable(),
  index: indexSchema,
  /** Per sector id, present when `sectors=true`. */
  sectors: z.record(z.string(), z.number()).optional(),
});
export type EmissionPoint = z.infer<typeof emissionPointSchema>;

export const emissionSeriesSchema = z.object({
  cityId: slugSchema,
  cityName: z.string(),
  /** The single release every point of this series comes from. */
  releaseId: slugSchema,
  /** Reported years only. */
  points: z.array(emissionPointSchema),
  /**
   * Computed paths, yearly, clipped to from–to: the trend (latest reported year–2050), the primary target's path
   * (base year–target year; null when the city has no assessed target) and the reference path
   * (2025–2050). A path with no year inside from–to is [].
   */
  paths: z.object({
    trend: z.array(pathPointSchema),
    target: z.array(pathPointSchema).nullable(),
    reference: z.array(pathPointSchema),
  }),
});
export type EmissionSeries = z.infer<typeof emissionSeriesSchema>;

export const emissionsResponseSchema = z.object({
  release: releaseSchema,
  unit: z.literal('t CO2e'),
  from: z.number().int(),
  to: z.number().int(),
  methods: methodsSchema,
  series: z.array(emissionSeriesSchema),
});
export type EmissionsResponse = z.infer<typeof emissionsResponseSchema>;
