/**
 * The admin API's roster (issue 18): a city's memberships as one versioned resource, written with
 * `If-Match` like the other admin records. A PUT adds the city to a programme, corrects its
 * membership, or marks it as having left (`leftOn`). Re-exported by contract/admin.ts.
 */
import { z } from './zod.ts';
import { isoDateSchema, localizedSchema, slugSchema } from './common.ts';
import { certaintySchema, datePrecisionSchema, missionLabelSchema, programmeSchema } from './roster.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'a source URL starts with http:// or https://' });

/** A membership as the admin API shows and takes it, without what only the public answer adds (`onAsOf`). */
export const adminMembershipSchema = z.object({
  programme: programmeSchema,
  cohortId: slugSchema,
  partnerId: slugSchema.nullable(),
  joinedOn: isoDateSchema,
  joinedPrecision: datePrecisionSchema,
  joinedCertainty: certaintySchema,
  leftOn: isoDateSchema.nullable(),
  source: z.object({ url: z.url(), title: localizedSchema }),
  note: localizedSchema,
  missionLabel: missionLabelSchema.nullable(),
});
export type AdminMembership = z.infer<typeof adminMembershipSchema>;

/** `GET /api/v1/admin/cities/{id}/memberships`: the city's memberships, one per programme, with their version. */
export const cityMembershipsSchema = z.object({
  cityId: slugSchema,
  memberships: z.array(adminMembershipSchema),
});
export type CityMemberships = z.infer<typeof cityMembershipsSchema>;
export const cityMembershipsResponseSchema = cityMembershipsSchema.extend({ version: z.string() });
export type CityMembershipsResponse = z.infer<typeof cityMembershipsResponseSchema>;

/**
 * `PUT /api/v1/admin/cities/{id}/memberships/{programme}`. `joinedOn` is the first day of what is
 * known (2024-01-01 with precision `year`, 2024-06-01 with `month`); a twin cohort needs a `partnerId`
 * that is a member of the programme, other cohorts none. `leftOn` marks a city as having left.
 */
export const membershipRequestSchema = z.strictObject({
  cohortId: slugSchema,
  partnerId: slugSchema.nullable().default(null),
  joinedOn: isoDateSchema,
  joinedPrecision: datePrecisionSchema.default('day'),
  joinedCertainty: certaintySchema.default('stated'),
  leftOn: isoDateSchema.nullable().default(null),
  sourceUrl: httpUrl,
  sourceTitle: z.string().trim().min(1, 'a source needs a title').max(300),
  note: localizedSchema.optional(),
});
export type MembershipRequest = z.input<typeof membershipRequestSchema>;

export const membershipResponseSchema = cityMembershipsResponseSchema.extend({
  /** The audit entry of the write; null when it changed nothing. */
  auditId: z.number().int().nullable(),
});
export type MembershipResponse = z.infer<typeof membershipResponseSchema>;

/** `DELETE /api/v1/admin/cities/{id}/memberships/{programme}`: the memberships left, the audit entry and their version. */
export const membershipDeleteResponseSchema = cityMembershipsResponseSchema.extend({ auditId: z.number().int() });
