import { z } from './zod.ts';

/** A text in Swedish and English. */
export const localizedSchema = z.object({ sv: z.string(), en: z.string() });
/** A calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();
/** A day the API can answer for: 1990-01-01 to 2100-12-31. */
export const asOfSchema = isoDateSchema.refine(
  (d) => d >= '1990-01-01' && d <= '2100-12-31',
  'asOf must be a day from 1990-01-01 to 2100-12-31',
);
/** Stable lower-case ids such as `malmo` or `electricity-heating`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens, such as malmo');

/** RFC 9457 problem details: every API error has this shape and `application/problem+json`. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string(),
  instance: z.string().optional(),
  /** The query or path parameter that was wrong, when one was. */
  parameter: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Where a figure comes from: named, linked and licensed. */
export const sourceSchema = z.object({
  id: z.string(),
  /** What the source is, in the reader's language (a table's or a page's own title, or its translation). */
  title: localizedSchema,
  url: z.url(),
  licence: localizedSchema,
  /** How to credit the source, in the reader's language. */
  attribution: localizedSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** One SMHI release. SMHI recalculates its whole history each year, so a series never mixes two. */
export const releaseSchema = z.object({
  id: slugSchema,
  label: localizedSchema,
  /** The newest year with data; SMHI publishes about two years after the fact. */
  dataThroughYear: z.number().int(),
  /** When SMHI published the release, as precisely as known. */
  published: z.string(),
  /** The years reported at kommun level, ascending (SMHI skips 2001–2004 and 2006–2009). */
  years: z.array(z.number().int()),
  origin: z.string(),
  source: sourceSchema,
});
export type Release = z.infer<typeof releaseSchema>;
