/**
 * The write side of the API, for programme coordinators: releases, signings, targets and
 * the audit log. Every request under `/api/v1/admin/` needs `Authorization: Bearer <token>`
 * (tokens come from the server's `ADMIN_TOKENS`); every write is one transaction and one
 * audit entry. The public read endpoint `GET /api/v1/releases` lists the stored releases.
 */
import { z } from './zod.ts';
import { problemSchema, releaseSchema, slugSchema } from './common.ts';

export * from './admin-records.ts';
export * from './admin-roster.ts';
export * from './admin-audit.ts';

/** The largest file `POST /api/v1/admin/releases` accepts (bytes); larger uploads get a 422. */
export const MAX_RELEASE_UPLOAD_BYTES = 8 * 1024 * 1024;

// ---------------------------------------------------------------- problems in an upload

/** One problem in an uploaded file, located so a person can fix it. Rows and columns count from 1. */
export const importProblemSchema = z.object({
  /** The file's row (line for SMHI's export; entry number for JSON), or null for the whole file. */
  row: z.number().int().positive().nullable(),
  /** The column (1-based for SMHI's export; a JSON path such as `emissions[3].sectors.2024` for JSON), or null. */
  column: z.union([z.number().int().positive(), z.string()]).nullable(),
  /** What is wrong, in English, naming the value found. */
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/**
 * The 422 answer to a bad upload: a problem document listing the problems found (not only
 * the first), at most `MAX_LISTED_PROBLEMS` of them, with `problemCount` telling the full
 * number. A file with any number of problems gets this answer in bounded time and memory:
 * every problem is counted, only the first ones are kept.
 */
export const importProblemResponseSchema = problemSchema.extend({
  problems: z.array(importProblemSchema),
  problemCount: z.number().int().nonnegative(),
});
export type ImportProblemResponse = z.infer<typeof importProblemResponseSchema>;
export const MAX_LISTED_PROBLEMS = 200;

// ---------------------------------------------------------------- releases

/** A stored release as the release list shows it. */
export const releaseSummarySchema = releaseSchema.extend({
  current: z.boolean(),
  /** When and by whom it was imported; null for the release the database was seeded with. */
  importedAt: z.iso.datetime({ offset: true }).nullable(),
  importedBy: z.string().nullable(),
  /** How many of the dashboard's cities it has figures for. */
  cityCount: z.number().int().nonnegative(),
});
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

/** `GET /api/v1/releases` (public): every stored release, newest data first; exactly one is current. */
export const releasesResponseSchema = z.object({
  currentReleaseId: slugSchema,
  releases: z.array(releaseSummarySchema),
});
export type ReleasesResponse = z.infer<typeof releasesResponseSchema>;

/**
 * Query of the upload endpoints. The file is the raw request body: SMHI's export
 * (`text/csv`, semicolons, decimal commas, preamble, `Huvudsektor;Undersektor;Län;Kommun;<years>`),
 * SMHI's Excel download (`.xlsx`, the same table in a sheet below preamble rows), or the
 * project's release JSON (`application/json`, see `releaseFileSchema`). The format is read
 * from the content.
 */
export const releaseUploadQuerySchema = z.strictObject({
  /** The uploaded file's name, for messages and the audit log. */
  fileName: z.string().min(1).max(200).optional(),
  /** When SMHI published the release (`YYYY` or `YYYY-MM-DD`); default: read from the file, else today. */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'published is a year (2026) or a day (2026-06-15)')
    .optional(),
  /**
   * Import only: the preview's `warningsHash`, confirming its large changes. An import whose
   * warnings are not confirmed this way is refused (422, nothing written).
   */
  confirmWarnings: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'confirmWarnings is the warningsHash of the preview')
    .optional(),
});
export type ReleaseUploadQuery = z.infer<typeof releaseUploadQuerySchema>;

/** A tonnage as a release file gives it: a JSON number; `1e400` parses as Infinity and is refused here by name. */
const tonnesInFile = z.number({
  error: (issue) =>
    typeof issue.input === 'number'
      ? `${String(issue.input)} is not a finite number of tonnes (too large for a tonnage?)`
      : `expected number (tonnes CO2e), found ${JSON.stringify(issue.input) ?? 'nothing'}`,
});

/** The project's own release file (JSON), an alternative to SMHI's export. */
/** Bounds of a release file's words: they reach every reader of /api/v1/cities, so a 3 MB label cannot. */
export const MAX_RELEASE_LABEL_CHARS = 200;
export const MAX_RELEASE_ORIGIN_CHARS = 300;

/** `YYYY` or `YYYY-MM-DD`, a real day, not after today (UTC). */
const publishedInFile = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'published is a year (2026) or a day (2026-06-15)')
  .refine((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || isRealDay(text), {
    error: (issue) => `published ${JSON.stringify(issue.input)} is not a real day`,
    abort: true,
  })
  .refine((text) => !/^\d{4}(-\d{2}-\d{2})?$/.test(text) || text <= new Date().toISOString().slice(0, text.length), {
    error: (issue) => `published ${JSON.stringify(issue.input)} is after today`,
  });
function isRealDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}
const labelText = z.string().max(MAX_RELEASE_LABEL_CHARS, `a label is at most ${MAX_RELEASE_LABEL_CHARS} characters`);

export const releaseFileSchema = z.object({
  format: z.literal('klimatneutrala-stader/release@1'),
  label: z.object({ sv: labelText, en: labelText }).optional(),
  published: publishedInFile.optional(),
  origin: z
    .string()
    .max(MAX_RELEASE_ORIGIN_CHARS, `origin is at most ${MAX_RELEASE_ORIGIN_CHARS} characters`)
    .optional(),
  /** One entry per municipality: kommunkod (4 digits) or name, and year → sector id → tonnes CO2e. */
  emissions: z.array(
    z.object({
      kommunkod: z.string().optional(),
      name: z.string().optional(),
      sectors: z.record(z.string(), z.record(z.string(), tonnesInFile)),
      /** year → SMHI's own total; default: the sum of the sectors. */
      totals: z.record(z.string(), tonnesInFile).optional(),
    }),
  ),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

/** One figure that would change, current release against the upload. `sectorId` null means the total. */
export const releaseDifferenceSchema = z.object({
  cityId: slugSchema,
  cityName: z.string(),
  year: z.number().int(),
  sectorId: z.string().nullable(),
  currentTonnes: z.number().nullable(),
  proposedTonnes: z.number().nullable(),
  /** proposed − current, in tonnes; null when either side is missing. */
  changeTonnes: z.number().nullable(),
  changePercent: z.number().nullable(),
});
export type ReleaseDifference = z.infer<typeof releaseDifferenceSchema>;

/**
 * What counts as a large change against the current release, the kind a coordinator must
 * confirm before importing: a city-year total that moves by more than
 * `LARGE_CHANGE_PERCENT` % and by more than `LARGE_CHANGE_TONNES` t; a main sector that
 * appears (0 before, more than `SECTOR_PRESENCE_TONNES` t now) or vanishes (the reverse)
 * in a city-year; and years the current release has that the upload drops.
 */
export const LARGE_CHANGE_PERCENT = 50;
export const LARGE_CHANGE_TONNES = 10_000;
export const SECTOR_PRESENCE_TONNES = 1_000;
/** The preview lists at most this many warnings; `warningCount` tells the full number. */
export const MAX_LISTED_WARNINGS = 100;

/** One large change against the current release (see LARGE_CHANGE_PERCENT). */
export const releaseWarningSchema = z.object({
  kind: z.enum(['total-change', 'sector-appears', 'sector-vanishes', 'years-removed']),
  /** Null for `years-removed`, which concerns every city. */
  cityId: slugSchema.nullable(),
  cityName: z.string().nullable(),
  /** The year; for `years-removed` the first removed year. */
  year: z.number().int(),
  /** Every removed year, for `years-removed`; else empty. */
  years: z.array(z.number().int()),
  /** The sector, for `sector-appears` and `sector-vanishes`, by id and by SMHI's name (Huvudsektor). */
  sectorId: z.string().nullable(),
  sectorName: z.string().nullable(),
  currentTonnes: z.number().nullable(),
  proposedTonnes: z.number().nullable(),
  /** The change in English, with the rule it broke. */
  message: z.string(),
});
export type ReleaseWarning = z.infer<typeof releaseWarningSchema>;

/**
 * `POST /api/v1/admin/releases/preview`: what importing the body would do, without writing.
 * `unchanged` means an identical release is already stored (importing it is a no-op).
 * The answer's `ETag` is `version`, which the import sends back as `If-Match`.
 */
export const releasePreviewSchema = z.object({
  status: z.enum(['new', 'unchanged']),
  /** The release as it would be stored (for `unchanged`: the stored one). */
  release: releaseSchema.omit({ source: true }),
  /** The stored release with the same figures, for `unchanged`. */
  existingReleaseId: slugSchema.nullable(),
  fileName: z.string().nullable(),
  format: z.enum(['smhi-csv', 'smhi-xlsx', 'json']),
  /** Data rows read from the file. */
  rowCount: z.number().int().nonnegative(),
  /** The dashboard's cities found in the file, by id. */
  cityIds: z.array(slugSchema),
  /** Municipalities in the file that the dashboard does not show (read, then left out). */
  ignoredMunicipalities: z.number().int().nonnegative(),
  /** The release it is compared with (the current one). */
  comparedWith: slugSchema.nullable(),
  addedYears: z.array(z.number().int()),
  removedYears: z.array(z.number().int()),
  /** How many city-year-sector figures differ from the current release (totals not counted). */
  changedFigures: z.number().int().nonnegative(),
  /** The largest differences in city totals, by absolute change, at most 20. */
  largestDifferences: z.array(releaseDifferenceSchema),
  /** Large changes against the current release, at most MAX_LISTED_WARNINGS; each must be confirmed to import. */
  warnings: z.array(releaseWarningSchema),
  warningCount: z.number().int().nonnegative(),
  /** Send as `confirmWarnings` to import with these warnings; null when there are none. */
  warningsHash: z.string().nullable(),
  /** The version of the current release this preview compared with: send as `If-Match` to import. */
  version: z.string(),
});
export type ReleasePreview = z.infer<typeof releasePreviewSchema>;

/** `POST /api/v1/admin/releases`: 201 with `created`, or 200 with `unchanged` (nothing written, no audit entry). */
export const releaseImportResponseSchema = z.object({
  status: z.enum(['created', 'unchanged']),
  release: releaseSummarySchema,
  /** The audit entry of the import; null when nothing was written. */
  auditId: z.number().int().positive().nullable(),
});
export type ReleaseImportResponse = z.infer<typeof releaseImportResponseSchema>;

/**
 * `GET /api/v1/admin/releases/current`: which release is current, with its version (also the
 * answer's `ETag`), which `PUT /api/v1/admin/releases/current` and an import send as `If-Match`.
 */
export const currentReleaseStateSchema = z.object({
  currentReleaseId: slugSchema.nullable(),
  release: releaseSummarySchema.nullable(),
  version: z.string(),
});
export type CurrentReleaseState = z.infer<typeof currentReleaseStateSchema>;

/** `PUT /api/v1/admin/releases/current`: which stored release the dashboard shows (needs `If-Match`). */
export const currentReleaseRequestSchema = z.strictObject({ releaseId: slugSchema });
export const currentReleaseResponseSchema = z.object({
  release: releaseSummarySchema,
  auditId: z.number().int().positive().nullable(),
});
