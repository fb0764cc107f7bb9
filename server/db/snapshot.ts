/**
 * The whole published dataset, read from SQLite into memory once per revision.
 * It is small (23 cities: ~2 000 figures; 290: ~30 000), and every read endpoint
 * is a pure function of it, so requests never hit the disk.
 */
import type { Release, Source, Target, Sector, Signing, ContractSource } from '../../contract/index.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

export interface CityRecord {
  id: string;
  name: string;
  kommunkod: string;
  lan: { code: string; name: string };
  wave: 1 | 2 | null;
  joinedOn: string | null;
  location: { lat: number; lon: number; kind: 'town-centre' | 'area-centroid'; source: string };
}

export interface ContractVersionRecord {
  id: string;
  signingDay: string;
  note: Localized;
}

export interface Localized {
  sv: string;
  en: string;
}

/** A row of the `targets` table. */
export interface TargetRow {
  id: string;
  city_id: string;
  scope: Target['scope'];
  is_primary: number;
  target_year: number;
  measure: string;
  statement_sv: string;
  statement_en: string;
  source_url: string;
  source_title: string;
  source_note: string;
}

/** A stored target as the contract carries it (the public city detail and the admin API alike). */
export function targetFromRow(t: TargetRow): Target {
  return {
    id: t.id,
    scope: t.scope,
    primary: t.is_primary === 1,
    targetYear: t.target_year,
    measure: JSON.parse(t.measure) as Target['measure'],
    statement: { sv: t.statement_sv, en: t.statement_en },
    source: { url: t.source_url, title: t.source_title, note: localizedText(t.source_note) },
  };
}

/** Reads a text stored as JSON {sv, en}; a plain text (a database seeded before texts were bilingual) serves both. */
export function localizedText(raw: string | null | undefined): Localized {
  if (raw && raw.startsWith('{')) {
    try {
      const value = JSON.parse(raw) as Partial<Localized>;
      if (typeof value.sv === 'string' && typeof value.en === 'string') return { sv: value.sv, en: value.en };
    } catch {
      // fall through: not JSON after all
    }
  }
  return { sv: raw ?? '', en: raw ?? '' };
}

export interface Snapshot {
  revision: string;
  release: Release;
  sources: Map<string, Source>;
  sectors: Sector[];
  cities: CityRecord[];
  cityById: Map<string, CityRecord>;
  /** city id → year → total t CO2e (current release). */
  totals: Map<string, Map<number, number>>;
  /** city id → year → sector id → t CO2e (current release). */
  sectorValues: Map<string, Map<number, Record<string, number>>>;
  /** city id → year → persons and source id. */
  population: Map<string, Map<number, { persons: number; sourceId: string }>>;
  contractVersions: ContractVersionRecord[];
  contractSources: ContractSource[];
  contractNote: Localized;
  signings: Signing[];
  /** city id → targets, in the curated order. */
  targets: Map<string, Target[]>;
}

/** Prepared once per connection: every request reads the revision, and preparing costs more than the read. */
const revisionStatements = new WeakMap<Db, Statement<[], { value: string }>>();

export function readRevision(db: Db): string {
  let statement = revisionStatements.get(db);
  if (!statement) {
    statement = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'revision'");
    revisionStatements.set(db, statement);
  }
  return statement.get()?.value ?? '0';
}

function nested<V>(map: Map<string, Map<number, V>>, id: string): Map<number, V> {
  let inner = map.get(id);
  if (!inner) {
    inner = new Map();
    map.set(id, inner);
  }
  return inner;
}

/** Loads the current release, or the stored release `releaseId` (undefined when there is no such release). */
export function loadSnapshot(db: Db): Snapshot;
export function loadSnapshot(db: Db, releaseId: string): Snapshot | undefined;
export function loadSnapshot(db: Db, releaseId?: string): Snapshot | undefined {
  return db.transaction(() => {
    const revision = readRevision(db);
    const sources = new Map(
      (
        db.prepare('SELECT id, title, url, licence, attribution FROM sources').all() as (Omit<Source, 'licence'> & {
          licence: string;
        })[]
      ).map((s) => [s.id, { ...s, licence: localizedText(s.licence) }]),
    );
    const r = (
      releaseId === undefined
        ? db.prepare('SELECT * FROM releases WHERE is_current = 1').get()
        : db.prepare('SELECT * FROM releases WHERE id = ?').get(releaseId)
    ) as
      | {
          id: string;
          source_id: string;
          label_sv: string;
          label_en: string;
          data_through_year: number;
          published: string;
          years: string;
          origin: string;
        }
      | undefined;
    if (!r && releaseId !== undefined) return undefined;
    if (!r) throw new Error('the database has no current release');
    const releaseSource = sources.get(r.source_id);
    if (!releaseSource) throw new Error(`release ${r.id} names an unknown source ${r.source_id}`);
    const release: Release = {
      id: r.id,
      label: { sv: r.label_sv, en: r.label_en },
      dataThroughYear: r.data_through_year,
      published: r.published,
      years: JSON.parse(r.years) as number[],
      origin: r.origin,
      source: releaseSource,
    };

    const sectors = (
      db.prepare('SELECT id, smhi_name, label_sv, label_en FROM sectors ORDER BY position').all() as {
        id: string;
        smhi_name: string;
        label_sv: string;
        label_en: string;
      }[]
    ).map((s) => ({ id: s.id, smhiName: s.smhi_name, label: { sv: s.label_sv, en: s.label_en } }));

    const cities = (
      db.prepare('SELECT * FROM cities ORDER BY name COLLATE NOCASE').all() as {
        id: string;
        name: string;
        kommunkod: string;
        lan_code: string;
        lan_name: string;
        wave: 1 | 2 | null;
        joined_on: string | null;
        lat: number;
        lon: number;
        location_kind: 'town-centre' | 'area-centroid';
        location_source: string;
      }[]
    ).map((c): CityRecord => ({
      id: c.id,
      name: c.name,
      kommunkod: c.kommunkod,
      lan: { code: c.lan_code, name: c.lan_name },
      wave: c.wave,
      joinedOn: c.joined_on,
      location: { lat: c.lat, lon: c.lon, kind: c.location_kind, source: c.location_source },
    }));
    cities.sort((a, b) => a.name.localeCompare(b.name, 'sv'));

    const totals = new Map<string, Map<number, number>>();
    for (const row of db
      .prepare('SELECT city_id, year, tonnes_co2e FROM emission_totals WHERE release_id = ? ORDER BY year')
      .iterate(release.id) as Iterable<{
      city_id: string;
      year: number;
      tonnes_co2e: number;
    }>) {
      nested(totals, row.city_id).set(row.year, row.tonnes_co2e);
    }
    const sectorValues = new Map<string, Map<number, Record<string, number>>>();
    for (const row of db
      .prepare(
        'SELECT e.city_id, e.year, e.sector_id, e.tonnes_co2e FROM emissions e JOIN sectors s ON s.id = e.sector_id WHERE e.release_id = ? ORDER BY e.year, s.position',
      )
      .iterate(release.id) as Iterable<{ city_id: string; year: number; sector_id: string; tonnes_co2e: number }>) {
      const years = nested(sectorValues, row.city_id);
      const values = years.get(row.year) ?? {};
      values[row.sector_id] = row.tonnes_co2e;
      years.set(row.year, values);
    }
    const population = new Map<string, Map<number, { persons: number; sourceId: string }>>();
    for (const row of db
      .prepare('SELECT city_id, year, persons, source_id FROM population ORDER BY year')
      .iterate() as Iterable<{
      city_id: string;
      year: number;
      persons: number;
      source_id: string;
    }>) {
      nested(population, row.city_id).set(row.year, { persons: row.persons, sourceId: row.source_id });
    }

    const signings = (
      db.prepare('SELECT * FROM signings ORDER BY signed_on, kind, city_id').all() as {
        city_id: string;
        version_id: string;
        kind: 'contract' | 'letter-of-intent';
        signed_on: string;
        date_certainty: 'stated' | 'inferred';
        source_ids: string;
        note: string;
      }[]
    ).map((s): Signing => ({
      cityId: s.city_id,
      versionId: s.version_id,
      kind: s.kind,
      signedOn: s.signed_on,
      dateCertainty: s.date_certainty,
      sourceIds: JSON.parse(s.source_ids) as string[],
      note: localizedText(s.note),
    }));

    const targets = new Map<string, Target[]>();
    for (const t of db.prepare('SELECT * FROM targets ORDER BY position').all() as TargetRow[]) {
      const list = targets.get(t.city_id) ?? [];
      list.push(targetFromRow(t));
      targets.set(t.city_id, list);
    }

    const note = db.prepare("SELECT value FROM meta WHERE key = 'contract_note'").get() as
      { value: string } | undefined;
    return {
      revision,
      release,
      sources,
      sectors,
      cities,
      cityById: new Map(cities.map((c) => [c.id, c])),
      totals,
      sectorValues,
      population,
      contractVersions: (
        db.prepare('SELECT id, signing_day AS signingDay, note FROM contract_versions ORDER BY id').all() as {
          id: string;
          signingDay: string;
          note: string;
        }[]
      ).map((v): ContractVersionRecord => ({ ...v, note: localizedText(v.note) })),
      contractSources: db
        .prepare('SELECT id, title, url FROM contract_sources ORDER BY rowid')
        .all() as ContractSource[],
      contractNote: localizedText(note?.value),
      signings,
      targets,
    };
  })();
}
