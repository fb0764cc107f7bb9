/**
 * The dataset's cities: every municipality, the programme's (cities-23.md, checked against SCB's
 * code list) at their town centre, the others at their area's centroid.
 */
import type { DatasetCity } from '../../server/dataset/schema.ts';
import type { ProgrammeCity } from './cities-md.ts';
import type { Kommun } from './codes.ts';
import { ImportError } from './errors.ts';
import { readInput } from './read-input.ts';

export const CODES_FILE = 'raw/codes/municipality_county.csv';
const GEO_FILE = 'raw/geo/swedish_municipalities.geojson';

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The programme's cities as cities-23.md places them; their membership is memberships.ts'. */
export function programmeCities(programme: readonly ProgrammeCity[], kommuner: readonly Kommun[]): DatasetCity[] {
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  return programme.map((p) => {
    const kommun = byCode.get(p.kommunkod);
    if (!kommun || kommun.name !== p.name) {
      throw new ImportError(
        'cities-23.md',
        `${p.name} ${p.kommunkod} does not match SCB's code list (${kommun?.name ?? 'no such code'})`,
      );
    }
    return {
      id: slugify(p.name),
      name: p.name,
      kommunkod: p.kommunkod,
      lan: { code: kommun.lanCode, name: kommun.lanName },
      location: { lat: p.lat, lon: p.lon, kind: 'town-centre', source: p.coordinateSource },
    };
  });
}

/**
 * A municipality's id: its slug; where two names fold to one slug (Håbo 0305, Habo 0643), the one
 * with the lower kommunkod keeps it and the other has its kommunkod appended (habo, habo-0643).
 */
function idsOf(kommuner: readonly Kommun[]): (k: Kommun) => string {
  const first = new Map<string, string>();
  for (const k of [...kommuner].sort((a, b) => a.code.localeCompare(b.code))) {
    if (!first.has(slugify(k.name))) first.set(slugify(k.name), k.code);
  }
  return (k) => (first.get(slugify(k.name)) === k.code ? slugify(k.name) : `${slugify(k.name)}-${k.code}`);
}

/** Every municipality: the programme's as they are, the others at their area centroid. */
export function allMunicipalities(
  referenceDir: string,
  kommuner: readonly Kommun[],
  programme: readonly DatasetCity[],
): DatasetCity[] {
  const geo = JSON.parse(readInput(referenceDir, GEO_FILE)) as {
    features: { properties: { id: string; geo_point_2d: [number, number] } }[];
  };
  const centroid = new Map(geo.features.map((f) => [f.properties.id, f.properties.geo_point_2d]));
  const inProgramme = new Map(programme.map((c) => [c.kommunkod, c]));
  const idFor = idsOf(kommuner);
  return kommuner.map((k) => {
    const member = inProgramme.get(k.code);
    if (member) return member;
    const point = centroid.get(k.code);
    if (!point) throw new ImportError(GEO_FILE, `no feature for kommunkod ${k.code}`);
    return {
      id: idFor(k),
      name: k.name,
      kommunkod: k.code,
      lan: { code: k.lanCode, name: k.lanName },
      location: {
        lat: point[0],
        lon: point[1],
        kind: 'area-centroid',
        source: 'okfse/sweden-geojson geo_point_2d (area centroid)',
      },
    };
  });
}
