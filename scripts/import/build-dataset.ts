/**
 * Builds the project's dataset in memory from the reference data and the curated
 * files. Nothing is written here: a failure anywhere leaves the old dataset as it was.
 * The parts: dataset-cities.ts, dataset-emissions.ts, population.ts, curated.ts, dataset-sources.ts.
 */
import { datasetSchema, type Dataset, type DatasetCity } from '../../server/dataset/schema.ts';
import { parseCitiesMarkdown } from './cities-md.ts';
import { parseCodesCsv, type Kommun } from './codes.ts';
import { readContracts, readTargets } from './curated.ts';
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
  scope: 'programme' | 'all';
  /** Release ids from KNOWN_RELEASES or paths to SMHI files; the first becomes current. */
  releases: string[];
}

const FIRST_YEAR = 1990;

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

/** The curated contract and targets of the programme's cities. */
function curated(
  curatedDir: string,
  contractsText: string,
  programme: DatasetCity[],
  rows: ReturnType<typeof parseCitiesMarkdown>,
) {
  const members = programme.map((c) => ({ id: c.id, wave: c.wave as 1 | 2 }));
  const { contract } = readContracts(contractsText, 'data/curated/contracts.json', members, rows);
  const targets = readTargets(
    readInput(curatedDir, 'targets.json'),
    'data/curated/targets.json',
    new Set(members.map((m) => m.id)),
  );
  return { contract, targets };
}

export function buildDataset(options: BuildOptions): Dataset {
  const { referenceDir, curatedDir, scope } = options;
  if (options.releases.length === 0) throw new Error('at least one release is needed');
  const kommuner = parseCodesCsv(readInput(referenceDir, CODES_FILE), CODES_FILE);
  const rows = parseCitiesMarkdown(readInput(referenceDir, 'cities-23.md'), 'cities-23.md');
  const contractsText = readInput(curatedDir, 'contracts.json');
  const wave2JoinedOn = (JSON.parse(contractsText) as { wave2JoinedOn?: string }).wave2JoinedOn ?? null;
  const programme = programmeCities(rows, kommuner, wave2JoinedOn);
  const cities = scope === 'all' ? allMunicipalities(referenceDir, kommuner, programme) : programme;
  if (new Set(cities.map((c) => c.id)).size !== cities.length)
    throw new ImportError(CODES_FILE, 'two municipalities share a slug id');
  const { releases, currentReleaseId, emissions } = releaseEmissions(options.releases, referenceDir, cities, kommuner);
  const population = cityPopulation(referenceDir, kommuner, cities);
  const { contract, targets } = curated(curatedDir, contractsText, programme, rows);
  const dataset: Dataset = {
    schemaVersion: 1,
    scope,
    sources: DATASET_SOURCES,
    releases,
    currentReleaseId,
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
