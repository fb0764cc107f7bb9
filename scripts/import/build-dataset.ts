/**
 * Builds the project's dataset in memory from the reference data and the curated
 * files. Nothing is written here: a failure anywhere leaves the old dataset as it was.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import {
  datasetSchema,
  type Dataset,
  type DatasetCity,
  type DatasetEmissionSeries,
  type DatasetNationalEmissions,
} from '../../server/dataset/schema.ts';
import { ImportError } from './errors.ts';
import { parseCodesCsv, type Kommun } from './codes.ts';
import { parseCitiesMarkdown } from './cities-md.ts';
import { readContracts, readTargets } from './curated.ts';
import type { EmissionsTable } from './emissions-table.ts';
import { POPULATION_SOURCES, readPopulation } from './population.ts';
import { KNOWN_RELEASES, NATIONAL_SERIES } from './releases.ts';
import { SECTORS } from './sectors.ts';
import { looksLikeSmhiCsv, parseSmhiCsv } from './smhi-csv.ts';
import { parseSmhiJson } from './smhi-json.ts';

export interface BuildOptions {
  /** The reference data folder (../shared/data). */
  referenceDir: string;
  /** The curated contracts and targets (data/curated). */
  curatedDir: string;
  scope: 'programme' | 'all';
  /** Release ids from KNOWN_RELEASES or paths to SMHI files; the first becomes current. */
  releases: string[];
}

const FIRST_YEAR = 1990;

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function read(dir: string, file: string): string {
  try {
    // resolve, not join: a --release file may be an absolute path.
    return readFileSync(resolve(dir, file), 'utf8');
  } catch (error) {
    throw new ImportError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/** Reads a release's emissions in either format, by content rather than by extension. */
export function parseEmissionsFile(text: string, file: string): EmissionsTable {
  if (looksLikeSmhiCsv(text)) return parseSmhiCsv(text, file);
  if (/^\s*[[{]/.test(text)) return parseSmhiJson(text, file);
  throw new ImportError(
    file,
    "is neither SMHI's semicolon export (header 'Huvudsektor;Undersektor;Län;Kommun;…') nor the JSON array of { name, sectors }",
  );
}

function loadRelease(spec: string, referenceDir: string) {
  const known = KNOWN_RELEASES.find((r) => r.id === spec);
  const file = known ? known.file : spec;
  const dir = known ? referenceDir : '.';
  const shownAs = known ? file : relative('.', spec) || basename(spec);
  const table = parseEmissionsFile(read(dir, file), shownAs);
  const maxYear = table.years[table.years.length - 1] ?? 0;
  const release = known
    ? { ...known, years: table.years }
    : {
        id: `smhi-thru${maxYear}`,
        sourceId: 'smhi-ned',
        label: { sv: `SMHI, utsläpp t.o.m. ${maxYear}`, en: `SMHI, emissions to ${maxYear}` },
        dataThroughYear: maxYear,
        published: `${maxYear + 2}`,
        origin: `local file ${basename(spec)}`,
        years: table.years,
      };
  if (known && maxYear !== known.dataThroughYear) {
    throw new ImportError(
      shownAs,
      `newest year is ${maxYear}, expected ${known.dataThroughYear} for release ${known.id}`,
    );
  }
  const { file: _file, ...releaseRecord } = release as typeof release & { file?: string };
  return { release: releaseRecord, table, file: shownAs };
}

function emissionSeries(
  city: DatasetCity,
  releaseId: string,
  table: EmissionsTable,
  file: string,
): DatasetEmissionSeries {
  const kommun = table.kommuner.get(city.name);
  if (!kommun) throw new ImportError(file, `no emissions for ${city.name} (${city.kommunkod})`);
  const sectors: DatasetEmissionSeries['sectors'] = {};
  const totals: DatasetEmissionSeries['totals'] = {};
  for (const year of table.years) {
    const bySector = kommun.sectors.get(year);
    if (!bySector) throw new ImportError(file, `${city.name}: no values for ${year}`, kommun.row, `${year}`);
    const values: Record<string, number> = {};
    for (const sector of SECTORS) {
      const value = bySector.get(sector.id);
      if (value === undefined)
        throw new ImportError(
          file,
          `${city.name}: sector '${sector.smhiName}' is missing for ${year}`,
          kommun.row,
          `${year}`,
        );
      values[sector.id] = value;
    }
    sectors[year] = values;
    const sum = Math.round(Object.values(values).reduce((a, b) => a + b, 0) * 100) / 100;
    totals[year] = kommun.totals.get(year) ?? sum;
  }
  return { cityId: city.id, releaseId, sectors, totals };
}

/** Sweden's row of SMHI's national series: every sector of every year, the total their sum (as SMHI's "Alla"). */
function nationalEmissions(referenceDir: string): DatasetNationalEmissions {
  const { file, releaseId, sourceId, origin } = NATIONAL_SERIES;
  const table = parseSmhiJson(read(referenceDir, file), file);
  const sweden = table.kommuner.get('Sverige');
  if (!sweden || table.kommuner.size !== 1)
    throw new ImportError(file, `expected one entry named 'Sverige', found ${[...table.kommuner.keys()].join(', ')}`);
  const sectors: DatasetNationalEmissions['sectors'] = {};
  const totals: DatasetNationalEmissions['totals'] = {};
  for (const year of table.years) {
    const values: Record<string, number> = {};
    for (const sector of SECTORS) {
      const value = sweden.sectors.get(year)?.get(sector.id);
      if (value === undefined)
        throw new ImportError(
          file,
          `Sverige: sector '${sector.smhiName}' is missing for ${year}`,
          sweden.row,
          `${year}`,
        );
      values[sector.id] = value;
    }
    sectors[year] = values;
    totals[year] = Math.round(Object.values(values).reduce((a, b) => a + b, 0) * 100) / 100;
  }
  return { sourceId, releaseId, origin, sectors, totals };
}

function checkNames(table: EmissionsTable, kommuner: readonly Kommun[], file: string) {
  const names = new Set(kommuner.map((k) => k.name));
  for (const [name, kommun] of table.kommuner) {
    if (!names.has(name))
      throw new ImportError(file, `unknown municipality '${name}' (not in SCB's code list)`, kommun.row);
  }
}

export function buildDataset(options: BuildOptions): Dataset {
  const { referenceDir, curatedDir, scope } = options;
  if (options.releases.length === 0) throw new Error('at least one release is needed');
  const codesFile = 'raw/codes/municipality_county.csv';
  const kommuner = parseCodesCsv(read(referenceDir, codesFile), codesFile);
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  const programme = parseCitiesMarkdown(read(referenceDir, 'cities-23.md'), 'cities-23.md');
  const contractsText = read(curatedDir, 'contracts.json');
  const wave2JoinedOn = (JSON.parse(contractsText) as { wave2JoinedOn?: string }).wave2JoinedOn ?? null;

  const programmeCities: DatasetCity[] = programme.map((p) => {
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
      wave: p.wave,
      joinedOn: p.wave === 1 ? '2019' : wave2JoinedOn,
      location: { lat: p.lat, lon: p.lon, kind: 'town-centre', source: p.coordinateSource },
    };
  });

  let cities = programmeCities;
  if (scope === 'all') {
    const geoFile = 'raw/geo/swedish_municipalities.geojson';
    const geo = JSON.parse(read(referenceDir, geoFile)) as {
      features: { properties: { id: string; geo_point_2d: [number, number] } }[];
    };
    const centroid = new Map(geo.features.map((f) => [f.properties.id, f.properties.geo_point_2d]));
    const inProgramme = new Map(programmeCities.map((c) => [c.kommunkod, c]));
    // Håbo and Habo fold to the same slug; such names get their kommunkod appended.
    const slugCounts = new Map<string, number>();
    for (const k of kommuner) slugCounts.set(slugify(k.name), (slugCounts.get(slugify(k.name)) ?? 0) + 1);
    const idFor = (k: Kommun) =>
      (slugCounts.get(slugify(k.name)) ?? 0) > 1 ? `${slugify(k.name)}-${k.code}` : slugify(k.name);
    cities = kommuner.map((k) => {
      const member = inProgramme.get(k.code);
      if (member) return member;
      const point = centroid.get(k.code);
      if (!point) throw new ImportError(geoFile, `no feature for kommunkod ${k.code}`);
      return {
        id: idFor(k),
        name: k.name,
        kommunkod: k.code,
        lan: { code: k.lanCode, name: k.lanName },
        wave: null,
        joinedOn: null,
        location: {
          lat: point[0],
          lon: point[1],
          kind: 'area-centroid',
          source: 'okfse/sweden-geojson geo_point_2d (area centroid)',
        },
      };
    });
  }
  const ids = new Set(cities.map((c) => c.id));
  if (ids.size !== cities.length)
    throw new ImportError('raw/codes/municipality_county.csv', 'two municipalities share a slug id');

  const loaded = options.releases.map((spec) => loadRelease(spec, referenceDir));
  const releaseIds = loaded.map((l) => l.release.id);
  if (new Set(releaseIds).size !== releaseIds.length)
    throw new ImportError('--release', `a release is given twice: ${releaseIds.join(', ')}`);
  const emissions = loaded.flatMap(({ release, table, file }) => {
    checkNames(table, kommuner, file);
    return cities.map((city) => emissionSeries(city, release.id, table, file));
  });

  const populationTable = readPopulation(referenceDir, kommuner, FIRST_YEAR);
  const population = cities.map((city) => ({
    cityId: city.id,
    values: Object.fromEntries(
      [...(populationTable.get(city.kommunkod) ?? new Map())].map(([year, value]) => [String(year), value]),
    ),
  }));

  const members = programmeCities.map((c) => ({ id: c.id, wave: c.wave as 1 | 2 }));
  const { contract } = readContracts(contractsText, 'data/curated/contracts.json', members, programme);
  const targets = readTargets(
    read(curatedDir, 'targets.json'),
    'data/curated/targets.json',
    new Set(members.map((m) => m.id)),
  );

  const dataset: Dataset = {
    schemaVersion: 1,
    scope,
    sources: [
      {
        id: 'smhi-ned',
        title:
          'SMHI, Nationella emissionsdatabasen (växthusgaser totalt, territoriella utsläpp per kommun och huvudsektor)',
        url: 'https://nationellaemissionsdatabasen.smhi.se/',
        licence: {
          sv: 'SMHI anger CC BY 4.0 för sina öppna data; inte bekräftat för just den här databasen',
          en: 'SMHI states CC BY 4.0 for its open data; not confirmed for this database',
        },
        attribution: 'Källa: SMHI, Nationella emissionsdatabasen (via Klimatkollen/Klimatbyrån)',
      },
      ...Object.entries(POPULATION_SOURCES).map(([id, s]) => ({
        id,
        title: s.title,
        url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/befolkning/',
        licence: { sv: 'CC0 (SCB:s öppna data)', en: 'CC0 (SCB open data)' },
        attribution: 'Källa: SCB',
      })),
      {
        id: 'scb-kommunkoder',
        title: 'SCB: Län och kommuner 2023 (via sjbrg/swedish-geodata, CC0)',
        url: 'https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/',
        licence: { sv: 'CC0', en: 'CC0' },
        attribution: 'Källa: SCB',
      },
    ],
    releases: loaded.map((l) => l.release),
    currentReleaseId: releaseIds[0] ?? '',
    sectors: [...SECTORS],
    cities,
    emissions,
    nationalEmissions: nationalEmissions(referenceDir),
    population,
    contract,
    targets,
    municipalities: kommuner.map((k) => ({ kommunkod: k.code, name: k.name, lanCode: k.lanCode })),
  };
  return datasetSchema.parse(dataset);
}
