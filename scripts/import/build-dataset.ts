/**
 * Builds the project's dataset in memory from the reference data and the curated
 * files. Nothing is written here: a failure anywhere leaves the old dataset as it was.
 * The parts: dataset-cities.ts, dataset-emissions.ts, population.ts, curated.ts, memberships.ts,
 * dataset-sources.ts.
 */
import { datasetSchema, type Dataset, type DatasetCity } from '../../server/dataset/schema.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCitiesMarkdown, type ProgrammeCity } from './cities-md.ts';
import { parseCodesCsv, type Kommun } from './codes.ts';
import { readContracts, readTargets } from './curated.ts';
import { readMemberships } from './memberships.ts';
import { allMunicipalities, CODES_FILE, programmeCities } from './dataset-cities.ts';
import { checkNames, emissionSeries, loadRelease, nationalEmissions } from './dataset-emissions.ts';
import { DATASET_SOURCES } from './dataset-sources.ts';
import { ImportError } from './errors.ts';
import { readPopulation } from './population.ts';
import { readInput } from './read-input.ts';
import { SECTORS } from './sectors.ts';

export { slugify } from './dataset-cities.ts';
export { parseEmissionsFile } from './dataset-emissions.ts';

export interface BuildOptions {
  /** The reference data folder (../shared/data). */
  referenceDir: string;
  /** The curated contracts and targets (data/curated). */
  curatedDir: string;
  /** Release ids from KNOWN_RELEASES or paths to SMHI files; the first becomes current. */
  releases: string[];
}

const FIRST_YEAR = 1990;
const MISSION_FILE = 'eu-mission.md';

/** Every release's series for every city; two releases with one id are an error. */
function releaseEmissions(specs: readonly string[], referenceDir: string, cities: DatasetCity[], kommuner: Kommun[]) {
  const loaded = specs.map((spec) => loadRelease(spec, referenceDir));
  const releaseIds = loaded.map((l) => l.release.id);
  if (new Set(releaseIds).size !== releaseIds.length)
    throw new ImportError('--release', `a release is given twice: ${releaseIds.join(', ')}`);
  const emissions = loaded.flatMap(({ release, table, file }) => {
    checkNames(table, kommuner, file);
    return cities.map((city) => emissionSeries(city, release.id, table, file));
  });
  return { releases: loaded.map((l) => l.release), currentReleaseId: releaseIds[0] ?? '', emissions };
}

/** Each city's population per year, from 1990. */
function cityPopulation(referenceDir: string, kommuner: Kommun[], cities: DatasetCity[]): Dataset['population'] {
  const table = readPopulation(referenceDir, kommuner, FIRST_YEAR);
  return cities.map((city) => ({
    cityId: city.id,
    values: Object.fromEntries(
      [...(table.get(city.kommunkod) ?? new Map())].map(([year, value]) => [String(year), value]),
    ),
  }));
}

/** The curated contract, targets and membership of the programme's cities. */
function curated(referenceDir: string, curatedDir: string, cities: DatasetCity[], rows: ProgrammeCity[]) {
  const byCode = new Map(cities.map((c) => [c.kommunkod, c]));
  const members = rows.map((row) => ({ id: byCode.get(row.kommunkod)?.id ?? '', wave: row.wave }));
  const { contract } = readContracts(
    readInput(curatedDir, 'contracts.json'),
    'data/curated/contracts.json',
    members,
    rows,
  );
  const targets = readTargets(
    readInput(curatedDir, 'targets.json'),
    'data/curated/targets.json',
    new Set(members.map((m) => m.id)),
  );
  const missionFile = resolve(referenceDir, MISSION_FILE);
  const roster = readMemberships(
    readInput(curatedDir, 'memberships.json'),
    'data/curated/memberships.json',
    rows,
    cities,
    existsSync(missionFile) ? readInput(referenceDir, MISSION_FILE) : null,
  );
  return { contract, targets, ...roster };
}

export function buildDataset(options: BuildOptions): Dataset {
  const { referenceDir, curatedDir } = options;
  if (options.releases.length === 0) throw new Error('at least one release is needed');
  const kommuner = parseCodesCsv(readInput(referenceDir, CODES_FILE), CODES_FILE);
  const rows = parseCitiesMarkdown(readInput(referenceDir, 'cities-23.md'), 'cities-23.md');
  const cities = allMunicipalities(referenceDir, kommuner, programmeCities(rows, kommuner));
  if (new Set(cities.map((c) => c.id)).size !== cities.length)
    throw new ImportError(CODES_FILE, 'two municipalities share a slug id');
  const { releases, currentReleaseId, emissions } = releaseEmissions(options.releases, referenceDir, cities, kommuner);
  const population = cityPopulation(referenceDir, kommuner, cities);
  const { contract, targets, cohorts, memberships } = curated(referenceDir, curatedDir, cities, rows);
  const dataset: Dataset = {
    schemaVersion: 2,
    sources: DATASET_SOURCES,
    releases,
    currentReleaseId,
    sectors: [...SECTORS],
    cities,
    cohorts,
    memberships,
    emissions,
    nationalEmissions: nationalEmissions(referenceDir),
    population,
    contract,
    targets,
    municipalities: kommuner.map((k) => ({ kommunkod: k.code, name: k.name, lanCode: k.lanCode })),
  };
  return datasetSchema.parse(dataset);
}
