/**
 * Seeds an empty, migrated database from the dataset (data/dataset.json): sources and
 * releases, sectors and cities, the figures, Klimatkontrakt 2030, the targets and the
 * municipalities, in one transaction.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Db } from './connection.ts';
import { targetWriter } from './rows.ts';
import { membershipWriter } from './snapshot-roster.ts';

/** Inserts a row per item into these columns (the placeholders are written for them). */
function insertEach<T>(
  db: Db,
  table: string,
  columns: string,
  items: readonly T[],
  values: (item: T, index: number) => unknown[],
): void {
  const placeholders = columns.split(', ').map(() => '?');
  const statement = db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${placeholders.join(', ')})`);
  items.forEach((item, i) => statement.run(...values(item, i)));
}

/** The sources and the releases that cite them. */
function seedReleases(db: Db, dataset: Dataset): void {
  insertEach(db, 'sources', 'id, title, url, licence, attribution', dataset.sources, (s) => [
    s.id,
    JSON.stringify(s.title),
    s.url,
    JSON.stringify(s.licence),
    JSON.stringify(s.attribution),
  ]);
  const releaseColumns = 'id, source_id, label_sv, label_en, data_through_year, published, years, origin, is_current';
  insertEach(db, 'releases', releaseColumns, dataset.releases, (r) => [
    r.id,
    r.sourceId,
    r.label.sv,
    r.label.en,
    r.dataThroughYear,
    r.published,
    JSON.stringify(r.years),
    r.origin,
    r.id === dataset.currentReleaseId ? 1 : 0,
  ]);
}

/** The sectors and the cities (every municipality with figures). */
const CITY_COLUMNS = 'id, name, kommunkod, lan_code, lan_name, lat, lon, location_kind, location_source';

export function insertCities(db: Db, cities: Dataset['cities']): void {
  insertEach(db, 'cities', CITY_COLUMNS, cities, (c) => [
    c.id,
    c.name,
    c.kommunkod,
    c.lan.code,
    c.lan.name,
    c.location.lat,
    c.location.lon,
    c.location.kind,
    c.location.source,
  ]);
}

function seedSectorsAndCities(db: Db, dataset: Dataset): void {
  insertEach(db, 'sectors', 'id, smhi_name, label_sv, label_en, position', dataset.sectors, (s, i) => [
    s.id,
    s.smhiName,
    s.label.sv,
    s.label.en,
    i,
  ]);
  insertCities(db, dataset.cities);
}

/** Emissions per sector, their totals, and the population (of `only` these cities, when given). */
export function seedFigures(db: Db, dataset: Dataset, only?: ReadonlySet<string>): void {
  const emission = db.prepare(
    'INSERT INTO emissions (release_id, city_id, year, sector_id, tonnes_co2e) VALUES (?, ?, ?, ?, ?)',
  );
  const total = db.prepare('INSERT INTO emission_totals (release_id, city_id, year, tonnes_co2e) VALUES (?, ?, ?, ?)');
  const releases = new Set(
    db
      .prepare<[], { id: string }>('SELECT id FROM releases')
      .all()
      .map((r) => r.id),
  );
  for (const series of dataset.emissions) {
    if (only && !only.has(series.cityId)) continue;
    if (!releases.has(series.releaseId)) continue;
    for (const [year, sectors] of Object.entries(series.sectors)) {
      for (const [sectorId, tonnes] of Object.entries(sectors))
        emission.run(series.releaseId, series.cityId, Number(year), sectorId, tonnes);
    }
    for (const [year, tonnes] of Object.entries(series.totals))
      total.run(series.releaseId, series.cityId, Number(year), tonnes);
  }

  const population = db.prepare('INSERT INTO population (city_id, year, persons, source_id) VALUES (?, ?, ?, ?)');
  for (const p of dataset.population) {
    if (only && !only.has(p.cityId)) continue;
    for (const [year, v] of Object.entries(p.values)) population.run(p.cityId, Number(year), v.persons, v.sourceId);
  }
}

/** Klimatkontrakt 2030: its sources, versions and signings. */
function seedContract(db: Db, dataset: Dataset): void {
  const { sources, versions, signings } = dataset.contract;
  insertEach(db, 'contract_sources', 'id, title, url', sources, (s) => [s.id, JSON.stringify(s.title), s.url]);
  insertEach(db, 'contract_versions', 'id, signing_day, note', versions, (v) => [
    v.id,
    v.signingDay,
    JSON.stringify(v.note),
  ]);
  const signingColumns = 'city_id, version_id, kind, signed_on, date_certainty, source_ids, note';
  insertEach(db, 'signings', signingColumns, signings, (s) => [
    s.cityId,
    s.versionId,
    s.kind,
    s.signedOn,
    s.dateCertainty,
    JSON.stringify(s.sourceIds),
    JSON.stringify(s.note),
  ]);
}

function seedTargets(db: Db, dataset: Dataset): void {
  const write = targetWriter(db);
  dataset.targets.forEach((t, i) => write(t, t.cityId, i));
}

export function insertMunicipalities(db: Db, municipalities: Dataset['municipalities']): void {
  const insert = db.prepare('INSERT INTO municipalities (kommunkod, name, lan_code) VALUES (?, ?, ?)');
  for (const m of municipalities) insert.run(m.kommunkod, m.name, m.lanCode);
}

/** The cohorts and memberships of the dataset. */
export function insertRoster(db: Db, dataset: Dataset): void {
  const cohort = db.prepare(
    'INSERT INTO cohorts (id, programme, kind, label, note, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  dataset.cohorts.forEach((c, i) =>
    cohort.run(c.id, c.programme, c.kind, JSON.stringify(c.label), JSON.stringify(c.note), i),
  );
  const programmeOf = new Map(dataset.cohorts.map((c) => [c.id, c.programme]));
  const write = membershipWriter(db, { replace: false });
  for (const m of dataset.memberships) write(m.cityId, programmeOf.get(m.cohortId), m);
}

/**
 * Writes a whole dataset into an empty, migrated database in one transaction. Sweden's
 * national series is the releases' to store: their backfill adds it right after.
 */
export function seedDataset(db: Db, dataset: Dataset): void {
  db.transaction(() => {
    seedReleases(db, dataset);
    seedSectorsAndCities(db, dataset);
    seedFigures(db, dataset);
    seedContract(db, dataset);
    seedTargets(db, dataset);
    insertMunicipalities(db, dataset.municipalities);
    insertRoster(db, dataset);

    const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    meta.run('seeded_from', `dataset schema ${dataset.schemaVersion}`);
    meta.run('contract_note', JSON.stringify(dataset.contract.note));
    meta.run('revision', '1');
  })();
}
