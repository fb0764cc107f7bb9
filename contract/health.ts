import { z } from './zod.ts';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  /** The current SMHI release id. */
  release: z.string(),
  cities: z.number().int(),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
