import { z } from './zod.ts';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  /** The current SMHI release id. */
  release: z.string(),
  /** Municipalities with figures (every one in Sweden). */
  cities: z.number().int(),
  /** The programme's members now. */
  members: z.number().int(),
  version: z.string(),
  /**
   * Whether a write (an import, a correction) is possible now: false when the database's
   * file or file system is read-only, the disk is full, or the last write failed for one of
   * these reasons. Reads do not depend on it.
   */
  writable: z.boolean(),
  /** Why writes are not possible, and what to do; only when `writable` is false. */
  writeProblem: z.string().optional(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
