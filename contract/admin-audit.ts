/** The admin API's audit log and session check. Re-exported by contract/admin.ts. */
import { z } from './zod.ts';
import { localizedSchema } from './common.ts';

/**
 * `write.refused`: a conditional write refused with 412 because someone else's write came
 * first; its `before` is theirs (`{ version, state }`), its `after` yours (`{ version, request, body }`).
 */
export const auditActionSchema = z.enum([
  'release.import',
  'release.current',
  'signing.record',
  'signing.correct',
  'signing.delete',
  'contract-version.delete',
  'targets.replace',
  'membership.put',
  'membership.delete',
  'write.refused',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** One write: who (the token's name, or `cli:<user>`), when, what, and the change itself. */
export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  action: auditActionSchema,
  /** What it is about: a release id, `city/version/kind`, a city id, or a contract version id. */
  subject: z.string(),
  summary: localizedSchema,
  /** Before and after, as stored (null when there was nothing before, or nothing after a removal). */
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'limit is a number from 1 to 200')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 200, 'limit is a number from 1 to 200')
    .optional(),
  /** Entries older than this id (the previous page's `nextBefore`). */
  before: z
    .string()
    .regex(/^\d{1,12}$/, 'before is an audit entry id')
    .transform(Number)
    .optional(),
});

/** `GET /api/v1/admin/audit`: newest first. */
export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.number().int().positive().nullable(),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;

/** `GET /api/v1/admin/session`: checks a token; the admin UI's sign-in. */
export const adminSessionResponseSchema = z.object({ name: z.string() });
export type AdminSessionResponse = z.infer<typeof adminSessionResponseSchema>;
