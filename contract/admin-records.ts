/**
 * The admin API's signings, targets and contract versions: each a versioned resource written
 * with `If-Match` (optimistic concurrency). Re-exported by contract/admin.ts.
 */
import { z } from './zod.ts';
import { isoDateSchema, localizedSchema, problemSchema, slugSchema } from './common.ts';
import { targetSchema } from './cities.ts';
import { contractSourceSchema, contractVersionSchema, signingSchema } from './contracts.ts';

/**
 * Every write of a city's signings or targets, and of a contract version, is conditional
 * (optimistic concurrency): a read answers the resource's `version` (also its `ETag`), a
 * write sends it back as `If-Match: "<version>"`. Without it: 428. When someone else wrote
 * in between: 412, a `versionConflictSchema` problem carrying the current state.
 */
export const resourceVersionSchema = z.string().min(1);

/** The 412 answer to a write based on a version that is no longer current. */
export const versionConflictSchema = problemSchema.extend({
  /** The version the write was based on (its If-Match). */
  yourVersion: z.string(),
  /** The version now current; send it as If-Match to apply the write over `current`. */
  currentVersion: resourceVersionSchema,
  /** The resource as it is now ("theirs"), in the shape its GET answers (without `version`). */
  current: z.unknown(),
});
export type VersionConflictProblem = z.infer<typeof versionConflictSchema>;

const httpUrl = z.url({ protocol: /^https?$/, error: 'a source URL starts with http:// or https://' });

/** The programme's start: no signing is dated before it. */
export const FIRST_SIGNING_DAY = '2019-01-01';

/** The last day a signing can have: a year after today (a ceremony already scheduled); 29 February gives 1 March. */
export function latestSigningDay(today: string): string {
  const [year = 0, month = 1, date = 1] = today.split('-').map(Number);
  return new Date(Date.UTC(year + 1, month - 1, date)).toISOString().slice(0, 10);
}

/**
 * `PUT /api/v1/admin/signings`: records a signing, or corrects the one for the same city, version and kind.
 * `signedOn` is from 2019-01-01 up to a year after the server's today, in the version's year.
 */
export const signingRequestSchema = z.strictObject({
  cityId: slugSchema,
  /** The contract's yearly version (`2020`…); a new year's version is created on its first signing. */
  versionId: z.string().regex(/^\d{4}$/, 'versionId is the contract year, such as 2026'),
  kind: z.enum(['contract', 'letter-of-intent']).default('contract'),
  signedOn: isoDateSchema,
  sourceUrl: httpUrl,
  sourceTitle: z.string().min(1).max(300).optional(),
  note: localizedSchema.optional(),
});
export type SigningRequest = z.input<typeof signingRequestSchema>;

/** A signing as the admin API shows it: with where it came from (`curated`: the dataset; `api`: recorded by a coordinator). */
export const adminSigningSchema = signingSchema.extend({ origin: z.enum(['curated', 'api']) });
export type AdminSigning = z.infer<typeof adminSigningSchema>;

/** A city's signings as one versioned resource (the state a 412 carries as `current`). */
export const citySigningsSchema = z.object({
  cityId: slugSchema,
  /** By version, then kind. */
  signings: z.array(adminSigningSchema),
  /** The sources the signings name. */
  sources: z.array(contractSourceSchema),
});
export type CitySignings = z.infer<typeof citySigningsSchema>;

/** `GET /api/v1/admin/cities/:id/signings`: the city's signings and their version (If-Match of PUT /signings and DELETE /signings/…). */
export const citySigningsResponseSchema = citySigningsSchema.extend({ version: resourceVersionSchema });
export type CitySigningsResponse = z.infer<typeof citySigningsResponseSchema>;

export const signingResponseSchema = z.object({
  signing: signingSchema,
  /** True when it was recorded now, false when an existing signing was corrected. */
  created: z.boolean(),
  auditId: z.number().int().positive().nullable(),
  /** The city's signings' version after the write. */
  version: resourceVersionSchema,
});
export type SigningResponse = z.infer<typeof signingResponseSchema>;

/** `DELETE /api/v1/admin/signings/:cityId/:versionId/:kind?curated=confirm`: `curated` is required to remove a signing of the curated dataset. */
export const signingDeleteQuerySchema = z.strictObject({
  curated: z.literal('confirm', { error: "curated takes one value: 'confirm'" }).optional(),
});

export const signingDeleteResponseSchema = z.object({
  removed: adminSigningSchema,
  auditId: z.number().int().positive(),
  /** The city's signings' version after the removal. */
  version: resourceVersionSchema,
});
export type SigningDeleteResponse = z.infer<typeof signingDeleteResponseSchema>;

/** A yearly contract version as a versioned resource: its record and the signings that name it. */
export const contractVersionStateSchema = contractVersionSchema
  .pick({ id: true, signingDay: true, note: true })
  .extend({
    /** `city/version/kind` of every signing of this version; only an empty version can be removed. */
    signings: z.array(z.string()),
  });
export type ContractVersionState = z.infer<typeof contractVersionStateSchema>;

/** `GET /api/v1/admin/contract-versions/:versionId`. */
export const contractVersionResponseSchema = contractVersionStateSchema.extend({ version: resourceVersionSchema });
export type ContractVersionResponse = z.infer<typeof contractVersionResponseSchema>;

/** `DELETE /api/v1/admin/contract-versions/:versionId`: an empty version removed. */
export const contractVersionDeleteResponseSchema = z.object({
  removed: contractVersionStateSchema.omit({ signings: true }),
  auditId: z.number().int().positive(),
});
export type ContractVersionDeleteResponse = z.infer<typeof contractVersionDeleteResponseSchema>;

/** One target as a coordinator enters it; the id is assigned by the server. */
export const targetInputSchema = targetSchema.omit({ id: true }).extend({
  source: z.object({ url: httpUrl, title: z.string().min(1).max(300), note: localizedSchema.optional() }),
});
export type TargetInput = z.input<typeof targetInputSchema>;

/** `PUT /api/v1/admin/cities/:id/targets`: replaces the city's targets (an empty list records that it has none). */
export const targetsRequestSchema = z.strictObject({
  targets: z.array(targetInputSchema).max(20),
});
export type TargetsRequest = z.input<typeof targetsRequestSchema>;

/** A city's targets as one versioned resource (the state a 412 carries as `current`). */
export const cityTargetsSchema = z.object({
  cityId: slugSchema,
  targets: z.array(targetSchema),
});
export type CityTargets = z.infer<typeof cityTargetsSchema>;

/** `GET /api/v1/admin/cities/:id/targets`: the city's targets and their version (If-Match of the PUT). */
export const cityTargetsResponseSchema = cityTargetsSchema.extend({ version: resourceVersionSchema });
export type CityTargetsResponse = z.infer<typeof cityTargetsResponseSchema>;

export const targetsResponseSchema = cityTargetsResponseSchema.extend({
  auditId: z.number().int().positive().nullable(),
});
export type TargetsResponse = z.infer<typeof targetsResponseSchema>;
