/**
 * Reads the programme's 23 cities from the checked table in cities-23.md:
 * `| # | Kommun | Kommunkod | Län (code) | Wave | First signed | Seat | Lat | Lon | Coord. source |`.
 */
import { ImportError } from './errors.ts';

export interface ProgrammeCity {
  name: string;
  kommunkod: string;
  wave: 1 | 2;
  firstSigned: string;
  lat: number;
  lon: number;
  coordinateSource: string;
}

const COORDINATE_SOURCES: Record<string, string> = {
  C1: 'sphrak/svenska-stader (Apache-2.0), cross-checked within 1.8 km',
  C3: 'en.wikipedia "Järfälla Municipality" (seat Jakobsberg), about 1 km precision',
  C4: 'no.wikipedia "Mariestad", cross-checked within 0.8 km',
  C5: 'en.wikipedia "Nacka" (municipal seat)',
};

export function parseCitiesMarkdown(text: string, file: string): ProgrammeCity[] {
  const cities: ProgrammeCity[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const row = i + 1;
    if (!/^\|\s*\d+\s*\|/.test(line)) return;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 10) throw new ImportError(file, `expected 10 table cells, found ${cells.length}`, row);
    const [, name = '', kommunkod = '', , wave = '', signed = '', , lat = '', lon = '', coord = ''] = cells;
    if (!/^\d{4}$/.test(kommunkod)) throw new ImportError(file, `'${kommunkod}' is not a kommunkod`, row, 3);
    const waveMatch = /^([12]) /.exec(wave);
    if (!waveMatch) throw new ImportError(file, `'${wave}' is not a wave`, row, 5);
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(signed);
    if (!date?.[1]) throw new ImportError(file, `'${signed}' is not a date`, row, 6);
    const coordinateSource = COORDINATE_SOURCES[coord];
    if (!coordinateSource) throw new ImportError(file, `unknown coordinate source '${coord}'`, row, 10);
    const latitude = Number(lat);
    const longitude = Number(lon);
    if (lat === '' || !Number.isFinite(latitude)) throw new ImportError(file, `'${lat}' is not a latitude`, row, 8);
    if (lon === '' || !Number.isFinite(longitude)) throw new ImportError(file, `'${lon}' is not a longitude`, row, 9);
    cities.push({
      name,
      kommunkod,
      wave: waveMatch[1] === '1' ? 1 : 2,
      firstSigned: date[1],
      lat: latitude,
      lon: longitude,
      coordinateSource: `${coord}: ${coordinateSource}`,
    });
  });
  if (cities.length !== 23) throw new ImportError(file, `expected the 23 programme cities, found ${cities.length}`);
  return cities;
}
