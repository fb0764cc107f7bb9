/**
 * Peers to learn from (issue 8): each city's nearest cities by what drives its emissions,
 * the sectors that dominate it, who cut those sectors fastest since 2015, and the
 * programme-wide city × sector matrix of change since 2015. Computed in server/domain
 * (peers.ts, fastest-cuts.ts, sector-changes.ts); the UI only shows it. Cities are named
 * by id (and name): the SPA builds its own links, e.g. to /compare, from the ids.
 */
import { z } from './zod.ts';
import { localizedSchema, releaseSchema, slugSchema } from './common.ts';

/** Query of both peer endpoints: only an optional stored release. */
export const peersQuerySchema = z.strictObject({
  /** A stored release's id (GET /api/v1/releases); default: the current one. */
  release: slugSchema.max(64, 'a release id has at most 64 characters').optional(),
});

/** What places a city among the others: measured in the latest reported year. */
export const peerFeaturesSchema = z.object({
  year: z.number().int(),
  tonnesCo2e: z.number(),
  persons: z.number().int(),
  tonnesPerCapita: z.number(),
  /** Share of each sector id in the year's total, in percent (0–100, 2 decimals). */
  sectorSharesPercent: z.record(z.string(), z.number()),
});
export type PeerFeatures = z.infer<typeof peerFeaturesSchema>;

export const peerSchema = z.object({
  cityId: slugSchema,
  name: z.string(),
  /** Weighted Euclidean distance on the normalised features; 0 = identical (3 decimals). */
  distance: z.number(),
  /** The squared distance split by feature group (each already weighted); they add up to distance². */
  contributions: z.object({ sectorShares: z.number(), perCapita: z.number(), population: z.number() }),
  features: peerFeaturesSchema,
  /** Change of the total from 2015 to the latest reported year, in percent, as the overview gives it; not part of the likeness. */
  changeSince2015Percent: z.number().nullable(),
});
export type Peer = z.infer<typeof peerSchema>;

/** One city's change in one sector (or its total) from 2015 to the latest reported year. */
export const sectorChangeSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  fromTonnes: z.number(),
  toTonnes: z.number(),
  /** toTonnes − fromTonnes (2 decimals); negative is a cut. */
  changeTonnes: z.number(),
  /** (to − from) / from × 100 (2 decimals); null when the 2015 value is 0 (no percent of nothing). */
  changePercent: z.number().nullable(),
  /** to ÷ persons(to) − from ÷ persons(from), t per person (4 decimals); null without population. */
  changeTonnesPerCapita: z.number().nullable(),
});
export type SectorChange = z.infer<typeof sectorChangeSchema>;

export const cutterSchema = z.object({
  cityId: slugSchema,
  name: z.string(),
  /** 1 = the largest cut per person among all the cities. */
  rank: z.number().int(),
  change: sectorChangeSchema,
});
export type Cutter = z.infer<typeof cutterSchema>;

export const dominantSectorSchema = z.object({
  sectorId: slugSchema,
  label: localizedSchema,
  /** The sector's share of the city's latest total, in percent. */
  sharePercent: z.number(),
  /** The city's own change in this sector. */
  own: sectorChangeSchema.nullable(),
  /** The city's rank among all cities on the per-person change (1 = largest cut). */
  ownRank: z.number().int().nullable(),
  /** How many cities have a per-person change in this sector (the ranks' "of"). */
  of: z.number().int(),
  /** The other cities that cut this sector most per person, largest cut first (only cuts). */
  cutters: z.array(cutterSchema),
  /** The same ranking by the change in percent (cities with 0 t in 2015 have none and are left out). */
  byPercent: z.object({
    ownRank: z.number().int().nullable(),
    of: z.number().int(),
    cutters: z.array(cutterSchema),
  }),
});
export type DominantSector = z.infer<typeof dominantSectorSchema>;

export const peerMethodsSchema = z.object({
  similarity: localizedSchema,
  dominantSectors: localizedSchema,
  fastestCuts: localizedSchema,
});

export const peersResponseSchema = z.object({
  release: releaseSchema,
  city: z.object({
    id: slugSchema,
    name: z.string(),
    features: peerFeaturesSchema.nullable(),
    changeSince2015Percent: z.number().nullable(),
  }),
  /** The weights of the distance, as used. */
  weights: z.object({ sectorShares: z.number(), perCapita: z.number(), population: z.number() }),
  /** Nearest first; empty when the city has no features (no latest total or population). */
  peers: z.array(peerSchema),
  dominantSectors: z.array(dominantSectorSchema),
  methods: peerMethodsSchema,
});
export type PeersResponse = z.infer<typeof peersResponseSchema>;

export const sectorChangesResponseSchema = z.object({
  release: releaseSchema,
  /** The base year and the latest reported year the changes run between. */
  fromYear: z.number().int(),
  toYear: z.number().int(),
  sectors: z.array(z.object({ id: slugSchema, label: localizedSchema })),
  /** One row per city, by name; a sector missing from `sectors` of a row was not reported for both years. */
  cities: z.array(
    z.object({
      cityId: slugSchema,
      name: z.string(),
      total: sectorChangeSchema.nullable(),
      sectors: z.record(z.string(), sectorChangeSchema),
    }),
  ),
  method: localizedSchema,
});
export type SectorChangesResponse = z.infer<typeof sectorChangesResponseSchema>;
