/**
 * Seeds an empty, migrated database from the dataset (data/dataset.json): sources and
 * releases, sectors and cities, the figures, Klimatkontrakt 2030, the targets and the
 * municipalities, in one transaction.
 */
import type { Dataset } from '../dataset/schema.ts';
import { insertMunicipalities } from './backfill.ts';
import type { Db } from './connection.ts';
import { targetWriter } from './rows.ts';

/** The sources and the releases that cite them. */
function seedReleases(db: Db, dataset: Dataset): void {
  const source = db.prepare('INSERT INTO sources (id, title, url, licence, attribution) VALUES (?, ?, ?, ?, ?)');
  for (const s of dataset.sources) source.run(s.id, s.title, s.url, JSON.stringify(s.licence), s.attribution);

  const release = db.prepare(
    'INSERT INTO releases (id, source_id, label_sv, label_en, data_through_year, published, years, origin, is_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of dataset.releases) {
    release.run(
      r.id,
      r.sourceId,
      r.label.sv,
      r.label.en,
      r.dataThroughYear,
      r.published,
      JSON.stringify(r.years),
      r.origin,
      r.id === dataset.currentReleaseId ? 1 : 0,
    );
  }
}

/** The sectors and the programme's cities. */
function seedSectorsAndCities(db: Db, dataset: Dataset): void {
  const sector = db.prepare('INSERT INTO sectors (id, smhi_name, label_sv, label_en, position) VALUES (?, ?, ?, ?, ?)');
  dataset.sectors.forEach((s, i) => sector.run(s.id, s.smhiName, s.label.sv, s.label.en, i));

  const city = db.prepare(
    'INSERT INTO cities (id, name, kommunkod, lan_code, lan_name, wave, joined_on, lat, lon, location_kind, location_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const c of dataset.cities) {
    city.run(
      c.id,
      c.name,
      c.kommunkod,
      c.lan.code,
      c.lan.name,
      c.wave,
      c.joinedOn,
      c.location.lat,
      c.location.lon,
      c.location.kind,
      c.location.source,
    );
  }
}

/** Emissions per sector, their totals, and the population. */
function seedFigures(db: Db, dataset: Dataset): void {
  const emission = db.prepare(
    'INSERT INTO emissions (release_id, city_id, year, sector_id, tonnes_co2e) VALUES (?, ?, ?, ?, ?)',
  );
  const total = db.prepare('INSERT INTO emission_totals (release_id, city_id, year, tonnes_co2e) VALUES (?, ?, ?, ?)');
  for (const series of dataset.emissions) {
    for (const [year, sectors] of Object.entries(series.sectors)) {
      for (const [sectorId, tonnes] of Object.entries(sectors))
        emission.run(series.releaseId, series.cityId, Number(year), sectorId, tonnes);
    }
    for (const [year, tonnes] of Object.entries(series.totals))
      total.run(series.releaseId, series.cityId, Number(year), tonnes);
  }

  const population = db.prepare('INSERT INTO population (city_id, year, persons, source_id) VALUES (?, ?, ?, ?)');
  for (const p of dataset.population) {
    for (const [year, v] of Object.entries(p.values)) population.run(p.cityId, Number(year), v.persons, v.sourceId);
  }
}

/** Klimatkontrakt 2030: its sources, versions and signings. */
function seedContract(db: Db, dataset: Dataset): void {
  const contractSource = db.prepare('INSERT INTO contract_sources (id, title, url) VALUES (?, ?, ?)');
  for (const s of dataset.contract.sources) contractSource.run(s.id, s.title, s.url);
  const version = db.prepare('INSERT INTO contract_versions (id, signing_day, note) VALUES (?, ?, ?)');
  for (const v of dataset.contract.versions) version.run(v.id, v.signingDay, JSON.stringify(v.note));
  const signing = db.prepare(
    'INSERT INTO signings (city_id, version_id, kind, signed_on, date_certainty, source_ids, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of dataset.contract.signings) {
    signing.run(
      s.cityId,
      s.versionId,
      s.kind,
      s.signedOn,
      s.dateCertainty,
      JSON.stringify(s.sourceIds),
      JSON.stringify(s.note),
    );
  }
}

function seedTargets(db: Db, dataset: Dataset): void {
  const write = targetWriter(db);
  dataset.targets.forEach((t, i) => write(t, t.cityId, i));
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

    const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    meta.run('seeded_from', `dataset schema ${dataset.schemaVersion}, scope ${dataset.scope}`);
    meta.run('contract_note', JSON.stringify(dataset.contract.note));
    meta.run('revision', '1');
  })();
}
