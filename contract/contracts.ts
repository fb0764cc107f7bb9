import { z } from './zod.ts';
import { asOfSchema, isoDateSchema, localizedSchema, slugSchema } from './common.ts';

/**
 * A city's Klimatkontrakt 2030 standing on a given day:
 * `signed` (a contract signed on or before it), `letter-of-intent` (only a letter of
 * intent), `joined` (in the programme, nothing signed yet), `not-joined`.
 */
export const contractStatusSchema = z.enum(['signed', 'letter-of-intent', 'joined', 'not-joined']);
export type ContractStatus = z.infer<typeof contractStatusSchema>;

/** A page that says who signed when; its title in the reader's language (one a coordinator entered serves both). */
export const contractSourceSchema = z.object({ id: z.string(), title: localizedSchema, url: z.url() });
export type ContractSource = z.infer<typeof contractSourceSchema>;

/** One city's signature on one yearly version. */
export const signingSchema = z.object({
  cityId: slugSchema,
  /** The contract's yearly version, e.g. `2022`. */
  versionId: z.string(),
  kind: z.enum(['contract', 'letter-of-intent']),
  signedOn: isoDateSchema,
  /** `stated` when a source gives the date; `inferred` when it is derived (see note). */
  dateCertainty: z.enum(['stated', 'inferred']),
  sourceIds: z.array(z.string()),
  note: localizedSchema,
});
export type Signing = z.infer<typeof signingSchema>;

export const contractVersionSchema = z.object({
  id: z.string(),
  signingDay: isoDateSchema,
  note: localizedSchema,
  /** How many cities signed this version as a contract (letters of intent not counted). */
  contractSignatories: z.number().int(),
  letterOfIntentSignatories: z.number().int(),
});
export type ContractVersion = z.infer<typeof contractVersionSchema>;

export const contractsQuerySchema = z.strictObject({ asOf: asOfSchema.optional() });

export const contractsResponseSchema = z.object({
  /** The day the statuses are computed for. */
  asOf: isoDateSchema,
  /** How many cities had signed a contract by `asOf`. */
  signedCount: z.number().int(),
  versions: z.array(contractVersionSchema),
  signings: z.array(signingSchema),
  sources: z.array(contractSourceSchema),
  note: localizedSchema,
});
export type ContractsResponse = z.infer<typeof contractsResponseSchema>;
