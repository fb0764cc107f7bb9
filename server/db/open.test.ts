/** Opening the SQLite store: create, migrate and seed once; reopen without reseeding. */
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testDataset, testProgramme } from '../test-helpers.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Db } from './connection.ts';
import { openDatabase } from '../database.ts';
import { DatabaseStartError, migrate } from './open.ts';
import { loadSnapshot, readRevision } from './snapshot.ts';

const TABLES = [
  'sources',
  'releases',
  'sectors',
  'cities',
  'emissions',
  'emission_totals',
  'population',
  'contract_sources',
  'contract_versions',
  'signings',
  'targets',
  'meta',
];

function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${t}`).get()?.n ?? 0]),
  );
}

const dirs: string[] = [];
const opened: Db[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-db-test-'));
  dirs.push(dir);
  // A nested directory that does not exist yet: openDatabase creates it.
  return join(dir, 'nested', 'klimat.sqlite');
}
function track(db: Db): Db {
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase on a file', () => {
  it('creates, migrates and seeds a new database', () => {
    const path = tempPath();
    const db = track(openDatabase({ path, dataset: testDataset }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const counts = rowCounts(db);
    expect(counts.cities).toBe(290);
    expect(counts.sectors).toBe(9);
    expect(counts.emission_totals).toBe(290 * 10);
    expect(counts.emissions).toBe(290 * 10 * 9);
    expect(counts.signings).toBe(9 * 4 + 14 * 3);
    expect(counts.targets).toBe(11);
    expect(readRevision(db)).toBe('1');
  });

  it('opening the same file again does not reseed or read the dataset', () => {
    const path = tempPath();
    const first = track(openDatabase({ path, dataset: testDataset }));
    const before = rowCounts(first);
    first.close();

    let datasetReads = 0;
    const second = track(
      openDatabase({
        path,
        dataset: () => {
          datasetReads += 1;
          return testDataset();
        },
      }),
    );
    expect(datasetReads).toBe(0);
    expect(rowCounts(second)).toEqual(before);
    expect(readRevision(second)).toBe('1');
    expect(second.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('keeps data written after seeding across a reopen', () => {
    const path = tempPath();
    const first = track(openDatabase({ path, dataset: testDataset }));
    first.prepare("UPDATE meta SET value = '2' WHERE key = 'revision'").run();
    first.close();
    const second = track(openDatabase({ path, dataset: testDataset }));
    expect(readRevision(second)).toBe('2');
  });
});

describe('a database created before migration 2', () => {
  /** Migration 1 only, seeded the way it was then: no municipalities, hashes, audit log. */
  function oldDatabase(path: string): void {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec(MIGRATIONS[0] ?? '');
    db.pragma('user_version = 1');
    db.close();
    // Seed through today's code, then take migration 2's additions away again.
    const seeded = openDatabase({ path: `${path}.new`, dataset: testDataset });
    seeded.exec(`ATTACH DATABASE '${path}' AS old`);
    for (const table of TABLES)
      seeded.exec(
        `INSERT INTO old.${table} SELECT * FROM main.${table}`.replace(
          'SELECT *',
          table === 'releases'
            ? 'SELECT id, source_id, label_sv, label_en, data_through_year, published, years, origin, is_current'
            : 'SELECT *',
        ),
      );
    seeded.close();
  }

  it('is migrated on open: the municipalities are backfilled from the dataset and the releases hashed', () => {
    const path = tempPath();
    mkdirSync(dirname(path), { recursive: true });
    oldDatabase(path);
    let datasetReads = 0;
    const db = track(openDatabase({ path, dataset: () => (datasetReads++, testDataset()) }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(datasetReads).toBe(1);
    expect(db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM municipalities').get()?.n).toBe(290);
    expect(db.prepare('SELECT id, content_hash IS NOT NULL AS hashed, imported_at FROM releases').all()).toEqual([
      { id: 'smhi-thru2024', hashed: 1, imported_at: null },
    ]);
    expect(db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM audit').get()?.n).toBe(0);
    expect(rowCounts(db).emissions).toBe(290 * 10 * 9);
  });
});

describe('a database seeded with the programme’s cities alone, before migration 6', () => {
  it('gets every other municipality with its figures, and the roster, on open; a member’s rows are left as they were', () => {
    const path = tempPath();
    const old = openDatabase({ path, dataset: testDataset });
    const members = testProgramme().cities.map((c) => c.id);
    const malmoBefore = old.prepare('SELECT * FROM emission_totals WHERE city_id = ? ORDER BY year').all('malmo');
    // Take away what a programme-only seed lacked: the other municipalities and the roster.
    old.transaction(() => {
      old.exec('DELETE FROM memberships; DELETE FROM cohorts');
      const others = `SELECT id FROM cities WHERE id NOT IN (${members.map(() => '?').join(', ')})`;
      for (const table of ['emissions', 'emission_totals', 'population'])
        old.prepare(`DELETE FROM ${table} WHERE city_id IN (${others})`).run(...members);
      old.prepare(`DELETE FROM cities WHERE id IN (${others})`).run(...members);
    })();
    expect(rowCounts(old).cities).toBe(23);
    old.close();

    const db = track(openDatabase({ path, dataset: testDataset }));
    const counts = rowCounts(db);
    expect(counts.cities).toBe(290);
    expect(counts.emissions).toBe(290 * 10 * 9);
    expect(db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM memberships').get()?.n).toBe(
      testDataset().memberships.length,
    );
    expect(db.prepare('SELECT * FROM emission_totals WHERE city_id = ? ORDER BY year').all('malmo')).toEqual(
      malmoBefore,
    );
    const snapshot = loadSnapshot(db);
    expect(snapshot.members.map((c) => c.id).sort()).toEqual([...members].sort());
    expect(snapshot.totals.get('habo')?.get(2024)).toBe(
      testDataset().emissions.find((e) => e.cityId === 'habo')?.totals['2024'],
    );
  });
});

describe('migrate', () => {
  it('is idempotent', () => {
    const db = track(openTestDatabase());
    const before = rowCounts(db);
    migrate(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(rowCounts(db)).toEqual(before);
  });
});

describe('the seeded in-memory database', () => {
  it('round-trips the dataset into the snapshot', () => {
    const dataset = testDataset();
    const snapshot = loadSnapshot(track(openTestDatabase()));
    expect(snapshot.release.id).toBe(dataset.currentReleaseId);
    expect(snapshot.release.years).toEqual([1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024]);
    expect(snapshot.cities.map((c) => c.id).sort()).toEqual(dataset.cities.map((c) => c.id).sort());
    expect(snapshot.totals.get('lund')?.get(1990)).toBe(334785.9);
    expect(snapshot.totals.get('malmo')?.get(2024)).toBe(812994.97);
    expect(snapshot.population.get('malmo')?.get(2024)).toEqual({ persons: 365644, sourceId: 'scb-be0101-2024' });
    expect(snapshot.targets.get('malmo')).toHaveLength(3);
    expect(snapshot.targets.get('boras')).toBeUndefined();
    expect(snapshot.contractVersions.map((v) => v.id)).toEqual(['2020', '2021', '2022', '2023']);
    expect(snapshot.contractNote).toEqual(dataset.contract.note);
  });

  it('each test database is independent', () => {
    const a = track(openTestDatabase());
    const b = track(openTestDatabase());
    a.prepare("DELETE FROM targets WHERE city_id = 'malmo'").run();
    expect(rowCounts(a).targets).toBe(8);
    expect(rowCounts(b).targets).toBe(11);
  });
});

/** The refusal openDatabase throws for a file, or null when it opened. */
function refusal(path: string, dataset = testDataset): DatabaseStartError | null {
  try {
    track(openDatabase({ path, dataset }));
    return null;
  } catch (error) {
    if (error instanceof DatabaseStartError) return error;
    throw error;
  }
}

function expectOneLine(error: DatabaseStartError | null, path: string, ...phrases: string[]): void {
  expect(error).toBeInstanceOf(DatabaseStartError);
  const message = error?.message ?? '';
  expect(message.startsWith(`the database file ${path} `)).toBe(true);
  expect(message).not.toContain('\n');
  for (const phrase of phrases) expect(message).toContain(phrase);
}

describe('openDatabase refuses a file it must not use, in one line saying what to do', () => {
  it('an empty (0-byte) file: refused, not seeded, left as it was', () => {
    const path = tempPath();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    let datasetReads = 0;
    const error = refusal(path, () => (datasetReads++, testDataset()));
    expectOneLine(
      error,
      path,
      'is empty (0 bytes)',
      'It is not reseeded',
      'restore the last backup',
      'delete it (or point DATABASE_PATH to a new file)',
    );
    expect(datasetReads).toBe(0);
    expect(statSync(path).size).toBe(0);
  });

  it('a file that is not a database', () => {
    const path = tempPath();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'city;tonnes\nmalmo;812994.97\n'.repeat(200));
    const before = readFileSync(path);
    expectOneLine(refusal(path), path, 'is not an SQLite database', 'Restore the last backup', 'move the file aside');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a database whose pages are damaged', () => {
    const path = tempPath();
    openDatabase({ path, dataset: testDataset }).close();
    const pageBytes = 4096;
    const fd = openSync(path, 'r+');
    // The header (page 1) stays; pages further in are overwritten with noise.
    const noise = Buffer.alloc(pageBytes * 8, 0xa5);
    writeSync(fd, noise, 0, noise.length, pageBytes * 4);
    closeSync(fd);
    expectOneLine(refusal(path), path, 'is damaged', 'Restore the last backup');
  });

  it('a database written by a newer version (a schema this one does not know): refused, left as it was', () => {
    const path = tempPath();
    openDatabase({ path, dataset: testDataset }).close();
    const newer = new Database(path);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    const before = readFileSync(path);
    expectOneLine(
      refusal(path),
      path,
      `was written by a newer version of the dashboard (schema ${MIGRATIONS.length + 1}, this one knows ${MIGRATIONS.length})`,
      'run that version, or restore a backup made by this one',
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a directory where the file should be', () => {
    const path = tempPath();
    mkdirSync(path, { recursive: true });
    expectOneLine(refusal(path), path, 'is a directory');
  });
});

describe('migration 4: attributions in each language', () => {
  it('gives a database seeded with one Swedish attribution an English one, and leaves others alone', () => {
    const db = new Database(':memory:');
    // The schema as it stood before migration 4, with sources as they were seeded then.
    MIGRATIONS.slice(0, 3).forEach((sql) => db.exec(sql));
    db.pragma('user_version = 3');
    const insert = db.prepare('INSERT INTO sources (id, title, url, licence, attribution) VALUES (?, ?, ?, ?, ?)');
    insert.run('smhi-ned', 'SMHI', 'https://example.org/', '{}', 'Källa: SMHI, Nationella emissionsdatabasen');
    insert.run('scb-be0101-2024', 'SCB', 'https://example.org/', '{}', 'Källa: SCB');
    insert.run('other', 'Other', 'https://example.org/', '{}', '{"sv":"Källa: X","en":"Source: X"}');
    migrate(db);
    const attribution = (id: string): unknown =>
      JSON.parse(
        (db.prepare('SELECT attribution FROM sources WHERE id = ?').get(id) as { attribution: string }).attribution,
      );
    expect(attribution('smhi-ned')).toEqual({
      sv: 'Källa: SMHI, Nationella emissionsdatabasen',
      en: 'Source: SMHI, the Swedish national emissions database (via Klimatkollen/Klimatbyrån)',
    });
    expect(attribution('scb-be0101-2024')).toEqual({ sv: 'Källa: SCB', en: 'Source: Statistics Sweden (SCB)' });
    expect(attribution('other')).toEqual({ sv: 'Källa: X', en: 'Source: X' });
  });
});

describe('migration 5: source titles in each language', () => {
  it('gives the sources and contract sources a database was seeded with their titles in both languages', () => {
    const db = new Database(':memory:');
    MIGRATIONS.slice(0, 4).forEach((sql) => db.exec(sql));
    db.pragma('user_version = 4');
    const insert = db.prepare('INSERT INTO sources (id, title, url, licence, attribution) VALUES (?, ?, ?, ?, ?)');
    insert.run('smhi-ned', 'SMHI, Nationella emissionsdatabasen (…)', 'https://example.org/', '{}', '{}');
    insert.run('added', 'A source added later', 'https://example.org/', '{}', '{}');
    const contract = db.prepare('INSERT INTO contract_sources (id, title, url) VALUES (?, ?, ?)');
    contract.run(
      'S5',
      'Tillväxtverket signerade Klimatkontrakt 2030 (lists all 23 signers of the 2023 version)',
      'https://tillvaxtverket.se/tillvaxtverket/omtillvaxtverket/pressochnyheter/aktuelltfrantillvaxtverket/nyhetsarkiv/tillvaxtverketsigneradeklimatkontrakt2030.5973.html',
    );
    contract.run('S15', 'Entered by a coordinator', 'https://example.org/s15');
    migrate(db);
    const title = (table: string, id: string) =>
      (db.prepare(`SELECT title FROM ${table} WHERE id = ?`).get(id) as { title: string }).title;
    expect(JSON.parse(title('sources', 'smhi-ned'))).toEqual({
      sv: 'SMHI, Nationella emissionsdatabasen (…)',
      en: 'SMHI, the Swedish national emissions database (total greenhouse gases, territorial emissions by municipality and main sector)',
    });
    expect(JSON.parse(title('sources', 'added'))).toEqual({ sv: 'A source added later', en: 'A source added later' });
    const s5 = JSON.parse(title('contract_sources', 'S5')) as { sv: string; en: string };
    expect(s5.sv).not.toMatch(/lists all/);
    expect(s5.en).toMatch(/^Tillväxtverket signed Klimatkontrakt 2030/);
    // A title a coordinator entered stays one text; the API serves it in both languages.
    expect(title('contract_sources', 'S15')).toBe('Entered by a coordinator');
  });
});
