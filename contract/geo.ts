/**
 * The map's outlines: Sweden's 21 län as TopoJSON (https://github.com/topojson/topojson-specification),
 * quantized, with the SCB code and name of each län, and where the outlines come from.
 */
import { z } from './zod.ts';
import { localizedSchema } from './common.ts';

const position = z.tuple([z.number(), z.number()]);
/** Indexes into `arcs`; a negative index ~i means arc i reversed. */
const ring = z.array(z.number().int());
/** SCB's two-digit län code and the county name as SCB writes it ("Skåne län"). */
export const lanPropertiesSchema = z.object({
  code: z.string().regex(/^\d{2}$/, 'a län code is two digits, such as 12'),
  name: z.string().min(1),
});
export type LanProperties = z.infer<typeof lanPropertiesSchema>;

export const lanGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), arcs: z.array(ring).min(1), properties: lanPropertiesSchema }),
  z.object({
    type: z.literal('MultiPolygon'),
    arcs: z.array(z.array(ring).min(1)).min(1),
    properties: lanPropertiesSchema,
  }),
]);

export const lanTopologySchema = z
  .object({
    type: z.literal('Topology'),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    /** Quantized coordinates: arcs are delta-encoded integers, turned into lon/lat by scale and translate. */
    transform: z.object({ scale: position, translate: position }),
    objects: z.object({
      lan: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(lanGeometrySchema).min(1) }),
    }),
    arcs: z.array(z.array(position).min(2)),
  })
  .superRefine((topology, ctx) => {
    const count = topology.arcs.length;
    const rings = topology.objects.lan.geometries.flatMap((g) => (g.type === 'Polygon' ? g.arcs : g.arcs.flat()));
    const bad = rings.flat().find((index) => (index < 0 ? ~index : index) >= count);
    if (bad !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: `arc index ${bad} is out of range (${count} arcs)`,
        path: ['objects', 'lan'],
      });
  });
export type LanTopology = z.infer<typeof lanTopologySchema>;

/** Where the outlines come from (licence and note in each language); they are simplified and suit an overview map only. */
export const geoSourceSchema = z.object({
  title: z.string(),
  url: z.url(),
  licence: localizedSchema,
  note: localizedSchema,
});
export type GeoSource = z.infer<typeof geoSourceSchema>;

export const geoResponseSchema = z.object({ source: geoSourceSchema, topology: lanTopologySchema });
export type GeoResponse = z.infer<typeof geoResponseSchema>;

/** The committed file data/geo/lan.topo.json: the topology with its source as an extra top-level member. */
export const lanTopologyFileSchema = z.object({ source: geoSourceSchema }).and(lanTopologySchema);
