/**
 * The map's län outlines: okfse/sweden-geojson's `swedish_regions.geojson` (21 län,
 * properties `name` and numeric `l_id`) checked against SCB's codes, turned into a
 * small quantized TopoJSON with `code` and `name` per län (data/geo/lan.topo.json).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { lanTopologyFileSchema, type GeoSource, type LanProperties } from '../../contract/geo.ts';
import { parseCodesCsv } from './codes.ts';
import { ImportError } from './errors.ts';
import { readInput } from './read-input.ts';

export const GEO_FILE = 'raw/geo/swedish_regions.geojson';

export const GEO_SOURCE: GeoSource = {
  title: 'okfse/sweden-geojson, swedish_regions.geojson (commit ff67bcb0)',
  url: 'https://github.com/okfse/sweden-geojson/blob/ff67bcb030d7d09032ae5f443d27130f05fdf1e0/swedish_regions.geojson',
  licence: {
    sv: 'Anges inte av källan (dess README säger ”Feel free to reuse”)',
    en: 'Not stated by the source (its README says "Feel free to reuse")',
  },
  note: {
    sv: 'Ytterligare förenklade för en översiktskarta (från jnordgren/swedish_data_map_geojson via okfse, som redan förenklat dem); inte för att mäta ytor eller gränser.',
    en: 'Simplified further for an overview map (from jnordgren/swedish_data_map_geojson via okfse, already simplified there); not for measuring areas or borders.',
  },
};

export interface GeoOptions {
  /** Share of the inner points to keep, by visual importance (spherical triangle area). */
  keep?: number;
  /** Grid of the quantized coordinates along each axis. */
  quantization?: number;
}

/** Half keeps every län recognisable at page size while the file stays well under 40 kB. */
export const DEFAULT_KEEP = 0.5;
export const DEFAULT_QUANTIZATION = 1e4;

type Area = Polygon | MultiPolygon;

/** The län in SCB's code list: code → county name ("Skåne län"). */
export function lanByCode(kommuner: readonly { lanCode: string; lanName: string }[]): Map<string, string> {
  return new Map(kommuner.map((k) => [k.lanCode, k.lanName]));
}

/** SCB's county name without the "s län" ending, as the GeoJSON names län ("Stockholms län" → "Stockholm"). */
export function shortLanName(name: string): string {
  return name.replace(/s? län$/, '');
}

function isPositions(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  return value.length > 0 && value.every((item) => isPositions(item, depth - 1));
}

/**
 * d3-geo reads polygons on the sphere and wants exterior rings clockwise; GeoJSON (RFC 7946)
 * winds them anticlockwise, which d3 takes as "the whole globe except this area". Reversing
 * every ring of a polygon that d3 finds larger than a hemisphere fixes both conventions at once.
 */
function rewindForD3(geometry: Area): Area {
  const rewind = (rings: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

function checkedFeatures(text: string, file: string, lan: ReadonlyMap<string, string>): Feature<Area, LanProperties>[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, `is not JSON (${(error as Error).message})`);
  }
  const collection = json as Partial<FeatureCollection>;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new ImportError(file, 'is not a GeoJSON FeatureCollection');
  }
  const seen = new Map<string, number>();
  const features = collection.features.map((raw, i): Feature<Area, LanProperties> => {
    const properties = (raw?.properties ?? {}) as { name?: unknown; l_id?: unknown };
    const label = `feature ${i + 1}${typeof properties.name === 'string' ? ` (${properties.name})` : ''}`;
    const id = properties.l_id;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 99) {
      throw new ImportError(file, `${label}: l_id must be a län code from 1 to 99, not ${JSON.stringify(id)}`);
    }
    const code = String(id).padStart(2, '0');
    const name = lan.get(code);
    if (name === undefined) throw new ImportError(file, `${label}: län code ${code} is not in SCB's code list`);
    if (properties.name !== shortLanName(name)) {
      throw new ImportError(
        file,
        `${label}: name does not match SCB's ${name} for code ${code} (expected '${shortLanName(name)}')`,
      );
    }
    const previous = seen.get(code);
    if (previous !== undefined)
      throw new ImportError(file, `${label}: län code ${code} is also used by feature ${previous}`);
    seen.set(code, i + 1);
    const geometry = raw.geometry as Partial<Area> | null;
    const depth = geometry?.type === 'Polygon' ? 2 : geometry?.type === 'MultiPolygon' ? 3 : -1;
    if (depth < 0 || !isPositions(geometry?.coordinates, depth)) {
      throw new ImportError(file, `${label}: geometry must be a Polygon or MultiPolygon of [lon, lat] positions`);
    }
    return { type: 'Feature', properties: { code, name }, geometry: rewindForD3(geometry as Area) };
  });
  const missing = [...lan].filter(([code]) => !seen.has(code));
  if (missing.length > 0)
    throw new ImportError(file, `no outline for ${missing.map(([code, name]) => `${code} ${name}`).join(', ')}`);
  return features;
}

/**
 * Reads the län GeoJSON and returns the file to commit: a simplified, quantized
 * topology whose `lan` object has one geometry per län with `{ code, name }`, plus its source.
 */
export function buildLanTopology(
  text: string,
  file: string,
  lan: ReadonlyMap<string, string>,
  options: GeoOptions = {},
) {
  const features = checkedFeatures(text, file, lan).sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const collection: FeatureCollection<Area, LanProperties> = { type: 'FeatureCollection', features };
  const full = presimplify(topology({ lan: collection }) as Topology<Objects<LanProperties>>, sphericalTriangleArea);
  const simplified = quantize(
    simplify(full, quantile(full, options.keep ?? DEFAULT_KEEP)),
    options.quantization ?? DEFAULT_QUANTIZATION,
  );
  const result = lanTopologyFileSchema.safeParse({ source: GEO_SOURCE, ...simplified });
  if (!result.success)
    throw new ImportError(file, `gave an invalid topology: ${result.error.issues[0]?.message ?? 'unknown problem'}`);
  return result.data;
}

/** The file's text as committed: compact, one newline at the end. */
export function serializeLanTopology(value: ReturnType<typeof buildLanTopology>): string {
  // The type first, then the source, so a reader of the file sees what it is and where it comes from.
  const { type, source, ...rest } = value;
  return `${JSON.stringify({ type, source, ...rest })}\n`;
}

/** The import step: the län outlines from the reference folder, checked against its SCB code list. */
export function readLanTopology(referenceDir: string, options: GeoOptions = {}) {
  const codesFile = 'raw/codes/municipality_county.csv';
  const lan = lanByCode(parseCodesCsv(readInput(referenceDir, codesFile), codesFile));
  return buildLanTopology(readInput(referenceDir, GEO_FILE), GEO_FILE, lan, options);
}
