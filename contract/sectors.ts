import { z } from './zod.ts';
import { localizedSchema, slugSchema } from './common.ts';

/** One of SMHI's nine main sectors (Huvudsektor). */
export const sectorSchema = z.object({
  /** Stable English id, e.g. `transport`. */
  id: slugSchema,
  /** SMHI's Swedish name as in its files. */
  smhiName: z.string(),
  label: localizedSchema,
});
export type Sector = z.infer<typeof sectorSchema>;

export const sectorsResponseSchema = z.object({ sectors: z.array(sectorSchema) });
export type SectorsResponse = z.infer<typeof sectorsResponseSchema>;
