/**
 * Releases in the database, read: the reference lists an upload is checked against, a
 * stored release's figures, the release list and ids. The writes (the import and the
 * choice of the current release) are in insert.ts. A release is stored beside the others,
 * never merged.
 */
import type { ReleaseSummary } from '../../contract/index.ts';
import type { Db } from '../db/connection.ts';
import {
  releaseFromRow,
  SOURCE_COLUMNS,
  sourceFromRow,
  type FigureRow,
  type ReleaseRow,
  type SectorFigureRow,
  type SourceRow,
} from '../db/rows.ts';
import type { Reference, ReleaseFigures } from './figures.ts';
import { readNationalSeries } from './national.ts';

export function readReference(db: Db): Reference {
  return {
    municipalities: db
      .prepare<[], Reference['municipalities'][number]>('SELECT kommunkod, name FROM municipalities')
      .all(),
    // In Swedish order, as the read API lists them (SQLite's own order puts Ä before Å).
    cities: db
      .prepare<[], Reference['cities'][number]>('SELECT id, name, kommunkod FROM cities')
      .all()
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    sectors: db
      .prepare<[], Reference['sectors'][number]>('SELECT id, smhi_name AS smhiName FROM sectors ORDER BY position')
      .all(),
    national: readNationalSeries(db),
  };
}

export function storedFigures(db: Db, releaseId: string): ReleaseFigures {
  const row = db.prepare<[string], { years: string }>('SELECT years FROM releases WHERE id = ?').get(releaseId);
  const figures: ReleaseFigures = { years: row ? (JSON.parse(row.years) as number[]) : [], cities: new Map() };
  const city = (id: string) => {
    let f = figures.cities.get(id);
    if (!f) figures.cities.set(id, (f = { sectors: new Map(), totals: new Map() }));
    return f;
  };
  for (const r of db
    .prepare<[string], FigureRow>('SELECT city_id, year, tonnes_co2e FROM emission_totals WHERE release_id = ?')
    .iterate(releaseId)) {
    city(r.city_id).totals.set(r.year, r.tonnes_co2e);
  }
  for (const r of db
    .prepare<[string], SectorFigureRow>(
      'SELECT city_id, year, sector_id, tonnes_co2e FROM emissions WHERE release_id = ?',
    )
    .iterate(releaseId)) {
    const years = city(r.city_id).sectors;
    const values = years.get(r.year) ?? new Map<string, number>();
    values.set(r.sector_id, r.tonnes_co2e);
    years.set(r.year, values);
  }
  return figures;
}

interface StoredReleaseRow extends ReleaseRow {
  is_current: number;
  imported_at: string | null;
  imported_by: string | null;
  content_hash: string | null;
  city_count: number;
}

const SUMMARY_SQL = `SELECT r.*, (SELECT COUNT(DISTINCT city_id) FROM emission_totals t WHERE t.release_id = r.id) AS city_count FROM releases r`;

function summaryOf(db: Db, r: StoredReleaseRow): ReleaseSummary {
  const s = db.prepare<[string], SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ?`).get(r.source_id);
  if (!s) throw new Error(`release ${r.id} names an unknown source ${r.source_id}`);
  return {
    ...releaseFromRow(r),
    source: sourceFromRow(s),
    current: r.is_current === 1,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    cityCount: r.city_count,
  };
}

/** Newest data first; among releases of the same year, the latest import first. */
export function releaseSummaries(db: Db): ReleaseSummary[] {
  const rows = db
    .prepare<[], StoredReleaseRow>(
      `${SUMMARY_SQL} ORDER BY r.data_through_year DESC, r.imported_at IS NULL, r.imported_at DESC, r.id DESC`,
    )
    .all();
  return rows.map((r) => summaryOf(db, r));
}

export function releaseSummary(db: Db, id: string): ReleaseSummary | undefined {
  const row = db.prepare<[string], StoredReleaseRow>(`${SUMMARY_SQL} WHERE r.id = ?`).get(id);
  return row && summaryOf(db, row);
}

export function currentReleaseId(db: Db): string | null {
  return db.prepare<[], { id: string }>('SELECT id FROM releases WHERE is_current = 1').get()?.id ?? null;
}

export function releaseWithHash(db: Db, hash: string): string | null {
  return (
    db
      .prepare<[string], { id: string }>(
        'SELECT id FROM releases WHERE content_hash = ? ORDER BY is_current DESC, imported_at DESC',
      )
      .get(hash)?.id ?? null
  );
}

/** `smhi-thru<lastYear>`, then `-2`, `-3` … while taken. */
export function nextReleaseId(db: Db, lastYear: number): string {
  const taken = new Set(
    db
      .prepare<[], { id: string }>('SELECT id FROM releases')
      .all()
      .map((r) => r.id),
  );
  const base = `smhi-thru${lastYear}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
