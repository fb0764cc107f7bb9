/**
 * The whole published dataset, read from SQLite into memory once per revision.
 * It is small (290 municipalities: ~30 000 figures), and every read endpoint
 * is a pure function of it, so requests never hit the disk. The model it fills is
 * the domain's (server/domain/snapshot.ts).
 */
import type { Release, Sector, Source, Target } from '../../contract/index.ts';
import type { Statement } from 'better-sqlite3';
import type { CityRecord, Snapshot } from '../domain/snapshot.ts';
import type { Db } from './connection.ts';
import { currentMembers } from '../domain/roster.ts';
import { readNationalSeries } from '../releases/national.ts';
import { readContract } from './snapshot-contract.ts';
import { readCohorts, readMemberships } from './snapshot-roster.ts';
import { readPopulation, readSectorValues, readTotals } from './snapshot-series.ts';
import {
  releaseFromRow,
  SOURCE_COLUMNS,
  sourceFromRow,
  targetFromRow,
  type ReleaseRow,
  type SourceRow,
  type TargetRow,
} from './rows.ts';

interface SectorRow {
  id: string;
  smhi_name: string;
  label_sv: string;
  label_en: string;
}

interface CityRow {
  id: string;
  name: string;
  kommunkod: string;
  lan_code: string;
  lan_name: string;
  lat: number;
  lon: number;
  location_kind: 'town-centre' | 'area-centroid';
  location_source: string;
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

function readSources(db: Db): Map<string, Source> {
  const rows = db.prepare<[], SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM sources`).all();
  return new Map(rows.map((s) => [s.id, sourceFromRow(s)]));
}

/** The current release's row, or the stored release `releaseId`'s. */
function releaseRow(db: Db, releaseId: string | undefined): ReleaseRow | undefined {
  return releaseId === undefined
    ? db.prepare<[], ReleaseRow>('SELECT * FROM releases WHERE is_current = 1').get()
    : db.prepare<[string], ReleaseRow>('SELECT * FROM releases WHERE id = ?').get(releaseId);
}

function releaseWithSource(r: ReleaseRow, sources: Map<string, Source>): Release {
  const source = sources.get(r.source_id);
  if (!source) throw new Error(`release ${r.id} names an unknown source ${r.source_id}`);
  return { ...releaseFromRow(r), source };
}

function readSectors(db: Db): Sector[] {
  return db
    .prepare<[], SectorRow>('SELECT id, smhi_name, label_sv, label_en FROM sectors ORDER BY position')
    .all()
    .map((s) => ({ id: s.id, smhiName: s.smhi_name, label: { sv: s.label_sv, en: s.label_en } }));
}

/** In Swedish order (SQLite's own order puts Ä before Å). */
function readCities(db: Db): CityRecord[] {
  const cities = db
    .prepare<[], CityRow>('SELECT * FROM cities ORDER BY name COLLATE NOCASE')
    .all()
    .map((c): CityRecord => ({
      id: c.id,
      name: c.name,
      kommunkod: c.kommunkod,
      lan: { code: c.lan_code, name: c.lan_name },
      location: { lat: c.lat, lon: c.lon, kind: c.location_kind, source: c.location_source },
    }));
  return cities.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** city id → targets, in the curated order. */
function readTargets(db: Db): Map<string, Target[]> {
  const targets = new Map<string, Target[]>();
  for (const t of db.prepare<[], TargetRow>('SELECT * FROM targets ORDER BY position').all()) {
    const list = targets.get(t.city_id) ?? [];
    list.push(targetFromRow(t));
    targets.set(t.city_id, list);
  }
  return targets;
}

/** Sweden's total per year from the stored national series, or null without one. */
function nationalTotals(db: Db): Snapshot['national'] {
  const series = readNationalSeries(db);
  if (!series) return null;
  return {
    releaseId: series.releaseId,
    origin: series.origin,
    totals: new Map([...series.years].map(([year, { total }]) => [year, total])),
  };
}

/** Loads the current release, or the stored release `releaseId` (undefined when there is no such release). */
export function loadSnapshot(db: Db): Snapshot;
export function loadSnapshot(db: Db, releaseId: string): Snapshot | undefined;
export function loadSnapshot(db: Db, releaseId?: string): Snapshot | undefined {
  return db.transaction(() => {
    const revision = readRevision(db);
    const sources = readSources(db);
    const row = releaseRow(db, releaseId);
    if (!row && releaseId !== undefined) return undefined;
    if (!row) throw new Error('the database has no current release');
    const release = releaseWithSource(row, sources);
    const cities = readCities(db);
    const memberships = readMemberships(db);
    return {
      revision,
      release,
      sources,
      sectors: readSectors(db),
      cities,
      cityById: new Map(cities.map((c) => [c.id, c])),
      cohorts: readCohorts(db),
      memberships,
      members: currentMembers(cities, memberships),
      totals: readTotals(db, release.id),
      sectorValues: readSectorValues(db, release.id),
      population: readPopulation(db),
      ...readContract(db),
      targets: readTargets(db),
      national: nationalTotals(db),
    };
  })();
}
