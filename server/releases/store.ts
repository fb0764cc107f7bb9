/**
 * Releases in the database: the reference lists an upload is checked against, a stored
 * release's figures, the release list, and the import itself (one transaction with its
 * audit entry and the revision bump). A release is stored beside the others, never merged.
 */
import type { ReleaseSummary } from '../../contract/index.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import { localizedText } from '../db/rows.ts';
import type { Reference, ReleaseFigures } from './figures.ts';
import { readNationalSeries } from './national.ts';
import { pauseInsideImportForTests } from './test-pause.ts';
import type { PreparedRelease } from './upload.ts';

export function readReference(db: Db): Reference {
  return {
    municipalities: db.prepare('SELECT kommunkod, name FROM municipalities').all() as Reference['municipalities'],
    // In Swedish order, as the read API lists them (SQLite's own order puts Ä before Å).
    cities: (db.prepare('SELECT id, name, kommunkod FROM cities').all() as Reference['cities']).sort((a, b) =>
      a.name.localeCompare(b.name, 'sv'),
    ),
    sectors: db
      .prepare('SELECT id, smhi_name AS smhiName FROM sectors ORDER BY position')
      .all() as Reference['sectors'],
    national: readNationalSeries(db),
  };
}

export function storedFigures(db: Db, releaseId: string): ReleaseFigures {
  const row = db.prepare('SELECT years FROM releases WHERE id = ?').get(releaseId) as { years: string } | undefined;
  const figures: ReleaseFigures = { years: row ? (JSON.parse(row.years) as number[]) : [], cities: new Map() };
  const city = (id: string) => {
    let f = figures.cities.get(id);
    if (!f) figures.cities.set(id, (f = { sectors: new Map(), totals: new Map() }));
    return f;
  };
  for (const r of db
    .prepare('SELECT city_id, year, tonnes_co2e FROM emission_totals WHERE release_id = ?')
    .iterate(releaseId) as Iterable<{ city_id: string; year: number; tonnes_co2e: number }>) {
    city(r.city_id).totals.set(r.year, r.tonnes_co2e);
  }
  for (const r of db
    .prepare('SELECT city_id, year, sector_id, tonnes_co2e FROM emissions WHERE release_id = ?')
    .iterate(releaseId) as Iterable<{ city_id: string; year: number; sector_id: string; tonnes_co2e: number }>) {
    const years = city(r.city_id).sectors;
    const values = years.get(r.year) ?? new Map<string, number>();
    values.set(r.sector_id, r.tonnes_co2e);
    years.set(r.year, values);
  }
  return figures;
}

interface ReleaseRow {
  id: string;
  source_id: string;
  label_sv: string;
  label_en: string;
  data_through_year: number;
  published: string;
  years: string;
  origin: string;
  is_current: number;
  imported_at: string | null;
  imported_by: string | null;
  content_hash: string | null;
  city_count: number;
}

const SUMMARY_SQL = `SELECT r.*, (SELECT COUNT(DISTINCT city_id) FROM emission_totals t WHERE t.release_id = r.id) AS city_count FROM releases r`;

function summaryOf(db: Db, r: ReleaseRow): ReleaseSummary {
  const s = db.prepare('SELECT id, title, url, licence, attribution FROM sources WHERE id = ?').get(r.source_id) as
    { id: string; title: string; url: string; licence: string; attribution: string } | undefined;
  if (!s) throw new Error(`release ${r.id} names an unknown source ${r.source_id}`);
  return {
    id: r.id,
    label: { sv: r.label_sv, en: r.label_en },
    dataThroughYear: r.data_through_year,
    published: r.published,
    years: JSON.parse(r.years) as number[],
    origin: r.origin,
    source: { ...s, licence: localizedText(s.licence) },
    current: r.is_current === 1,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    cityCount: r.city_count,
  };
}

/** Newest data first; among releases of the same year, the latest import first. */
export function releaseSummaries(db: Db): ReleaseSummary[] {
  const rows = db
    .prepare(`${SUMMARY_SQL} ORDER BY r.data_through_year DESC, r.imported_at IS NULL, r.imported_at DESC, r.id DESC`)
    .all() as ReleaseRow[];
  return rows.map((r) => summaryOf(db, r));
}

export function releaseSummary(db: Db, id: string): ReleaseSummary | undefined {
  const row = db.prepare(`${SUMMARY_SQL} WHERE r.id = ?`).get(id) as ReleaseRow | undefined;
  return row && summaryOf(db, row);
}

export function currentReleaseId(db: Db): string | null {
  return (db.prepare('SELECT id FROM releases WHERE is_current = 1').get() as { id: string } | undefined)?.id ?? null;
}

export function releaseWithHash(db: Db, hash: string): string | null {
  return (
    (
      db
        .prepare('SELECT id FROM releases WHERE content_hash = ? ORDER BY is_current DESC, imported_at DESC')
        .get(hash) as { id: string } | undefined
    )?.id ?? null
  );
}

/** `smhi-thru<lastYear>`, then `-2`, `-3` … while taken. */
export function nextReleaseId(db: Db, lastYear: number): string {
  const taken = new Set((db.prepare('SELECT id FROM releases').all() as { id: string }[]).map((r) => r.id));
  const base = `smhi-thru${lastYear}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface NewRelease {
  id: string;
  label: { sv: string; en: string };
  published: string;
  origin: string;
}

/** A figure no reader may see: not a finite, non-negative number of tonnes. */
export class ImplausibleFigureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImplausibleFigureError';
  }
}

/**
 * The last guard before the database: every figure must be a finite, non-negative number,
 * which JSON and the contract can carry (Infinity would reach readers as null, NaN as
 * nothing). The importer has checked this already, with locations; this catches any path
 * that did not.
 */
function assertStorable(figures: ReleaseFigures): void {
  const check = (value: number, what: string) => {
    if (!(Number.isFinite(value) && value >= 0))
      throw new ImplausibleFigureError(
        `${what} is ${String(value)}, not a finite, non-negative number of tonnes; nothing was stored`,
      );
  };
  for (const [cityId, city] of figures.cities) {
    for (const [year, values] of city.sectors)
      for (const [sectorId, tonnes] of values) check(tonnes, `${cityId} ${year} ${sectorId}`);
    for (const [year, tonnes] of city.totals) check(tonnes, `${cityId} ${year} total`);
  }
}

/** Stores the release, makes it current, and records the import: one transaction. */
export function insertRelease(
  db: Db,
  prepared: PreparedRelease,
  release: NewRelease,
  who: { actor: string; at: string },
): { auditId: number } {
  const years = prepared.figures.years;
  assertStorable(prepared.figures);
  return db.transaction(() => {
    const previous = currentReleaseId(db);
    db.prepare('UPDATE releases SET is_current = 0 WHERE is_current = 1').run();
    db.prepare(
      `INSERT INTO releases (id, source_id, label_sv, label_en, data_through_year, published, years, origin, is_current, imported_at, imported_by, content_hash)
       VALUES (?, 'smhi-ned', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    ).run(
      release.id,
      release.label.sv,
      release.label.en,
      years[years.length - 1] ?? 0,
      release.published,
      JSON.stringify(years),
      release.origin,
      who.at,
      who.actor,
      prepared.contentHash,
    );
    const emission = db.prepare(
      'INSERT INTO emissions (release_id, city_id, year, sector_id, tonnes_co2e) VALUES (?, ?, ?, ?, ?)',
    );
    const total = db.prepare(
      'INSERT INTO emission_totals (release_id, city_id, year, tonnes_co2e) VALUES (?, ?, ?, ?)',
    );
    for (const [cityId, figures] of prepared.figures.cities) {
      for (const [year, values] of figures.sectors)
        for (const [sectorId, tonnes] of values) emission.run(release.id, cityId, year, sectorId, tonnes);
      for (const [year, tonnes] of figures.totals) total.run(release.id, cityId, year, tonnes);
    }
    pauseInsideImportForTests();
    const auditId = recordAudit(db, {
      ...who,
      action: 'release.import',
      subject: release.id,
      summary: {
        sv: `Importerade ${release.id} (${prepared.fileName ?? 'namnlös fil'}): ${prepared.cityIds.length} städer, ${years[0]}–${years[years.length - 1]}; nu aktuell i stället för ${previous ?? 'ingen'}.`,
        en: `Imported ${release.id} (${prepared.fileName ?? 'unnamed file'}): ${prepared.cityIds.length} cities, ${years[0]}–${years[years.length - 1]}; now current instead of ${previous ?? 'none'}.`,
      },
      before: { currentReleaseId: previous },
      after: {
        currentReleaseId: release.id,
        release: {
          ...release,
          years,
          format: prepared.format,
          fileName: prepared.fileName,
          contentHash: prepared.contentHash,
          cityCount: prepared.cityIds.length,
        },
      },
    });
    bumpRevision(db);
    return { auditId };
  })();
}

/**
 * Makes a stored release current; null audit id when it already was. `checkCurrent` is
 * called inside the transaction with the release current then, and throws to refuse.
 */
export function setCurrentRelease(
  db: Db,
  id: string,
  who: { actor: string; at: string },
  checkCurrent?: (currentReleaseId: string | null) => void,
): { auditId: number | null } {
  return db
    .transaction(() => {
      const previous = currentReleaseId(db);
      checkCurrent?.(previous);
      if (previous === id) return { auditId: null };
      db.prepare('UPDATE releases SET is_current = 0 WHERE is_current = 1').run();
      db.prepare('UPDATE releases SET is_current = 1 WHERE id = ?').run(id);
      const auditId = recordAudit(db, {
        ...who,
        action: 'release.current',
        subject: id,
        summary: {
          sv: `Visar ${id} i stället för ${previous ?? 'ingen'}.`,
          en: `Shows ${id} instead of ${previous ?? 'none'}.`,
        },
        before: { currentReleaseId: previous },
        after: { currentReleaseId: id },
      });
      bumpRevision(db);
      return { auditId };
    })
    .immediate();
}
