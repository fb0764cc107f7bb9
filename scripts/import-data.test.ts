/** `npm run data:import -- --release <file>`: the validated import into a database file, in-process. */
import { mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RELEASE_UPLOAD_BYTES } from '../contract/index.ts';
import { fingerprint, smhiCsvFromDataset } from '../server/admin/test-support.ts';
import { openDatabase } from '../server/database.ts';
import { testDataset } from '../server/test-helpers.ts';
import { runCapturing } from './test-support.ts';
import { main } from './import-data.ts';

function run(args: string[]) {
  return runCapturing(() => main(args, { ...process.env, USER: 'tester' }));
}

let work = '';
let dbCount = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'import-data-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function seededDb(): string {
  const path = join(work, `db-${++dbCount}`, 'klimat.sqlite');
  openDatabase({ path, dataset: testDataset() }).close();
  return path;
}
function state(path: string) {
  const db = openDatabase({ path, dataset: testDataset() });
  try {
    return { ...fingerprint(db), actors: db.prepare('SELECT actor FROM audit').all() };
  } finally {
    db.close();
  }
}
function file(name: string, text: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const changed = smhiCsvFromDataset(testDataset(), {
  change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'transport' ? t + 42 : t),
});

describe('options', () => {
  it('--help prints the usage and exits 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run data:import -- --release <file> \[options\]/);
    expect(result.stdout).toContain('--db <path>');
    expect(result.stdout).toContain('npm run data:build');
  });

  it('--release is required; unknown options and a bad --published exit 2', () => {
    expect(run([]).stderr).toContain('--release <file> is required.');
    expect(run([]).code).toBe(2);
    expect(run(['--bogus']).code).toBe(2);
    expect(run(['--release', 'x.csv', '--published', 'June']).code).toBe(2);
  });
});

describe('importing into a database', () => {
  it('stores the release as current, audited as cli:<user>; the same file again writes nothing', () => {
    const db = seededDb();
    const path = file('smhi-2026.csv', changed);
    const result = run(['--release', path, '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Imported smhi-thru2024-2 from smhi-2026.csv into ${db}: 290 municipalities, 1990–2024; now current (audit entry 1).`,
    );
    const after = state(db);
    expect(after.releases).toEqual([
      { id: 'smhi-thru2024', is_current: 0, content_hash: expect.any(String) },
      { id: 'smhi-thru2024-2', is_current: 1, content_hash: expect.any(String) },
    ]);
    expect(after.actors).toEqual([{ actor: expect.stringMatching(/^cli:.+/) }]);

    const again = run(['--release', path, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'Nothing to import: the figures in smhi-2026.csv equal the stored release smhi-thru2024-2 (current). Nothing written.',
    );
    expect(state(db)).toEqual(after);
  });

  it('prints every problem by row and column, exits 1 and writes nothing', () => {
    const db = seededDb();
    const before = state(db);
    const lines = changed.split('\r\n');
    const row = lines.findIndex((l) => l.startsWith('Transporter;Alla;Skåne län;Lund;')) + 1;
    lines[row - 1] = (lines[row - 1] ?? '').replace(/;[^;]+$/, ';-4');
    const bad = file('bad.csv', [...lines.slice(0, -1), lines[row - 1]].join('\r\n'));
    const result = run(['--release', bad, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `Import failed, nothing written. 3 problems in ${bad}:`,
      `${bad}: row ${row}, column 14: negative value '-4' for 2024`,
      `${bad}: row ${lines.length}: duplicate row for Transporter / Alla / Skåne län / Lund`,
      `${bad}: row ${lines.length}: the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated`,
    ]);
    expect(state(db)).toEqual(before);
  });

  it('stops at large changes against the current release, printing them; --accept-warnings imports', () => {
    const db = seededDb();
    const before = state(db);
    const tripled = file(
      'tripled.csv',
      smhiCsvFromDataset(testDataset(), {
        change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'transport' ? t * 3 : t),
      }),
    );
    const stopped = run(['--release', tripled, '--db', db]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr.split('\n')).toEqual([
      'Import stopped, nothing written. 1 large change against the current release:',
      expect.stringMatching(/^ {2}Lund 2024: the total changes from .+, more than 50 % and more than 10 000 t$/),
      'Check them; to import anyway, run again with --accept-warnings.',
    ]);
    expect(state(db)).toEqual(before);
    const accepted = run(['--release', tripled, '--db', db, '--accept-warnings']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/^Imported smhi-thru2024-2 from tripled\.csv/);
  });

  it('refuses an oversized file without reading it, and a file that does not exist', () => {
    const db = seededDb();
    const before = state(db);
    const big = file('big.csv', '');
    truncateSync(big, MAX_RELEASE_UPLOAD_BYTES + 1);
    const result = run(['--release', big, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `the upload is ${MAX_RELEASE_UPLOAD_BYTES + 1} bytes; the limit is ${MAX_RELEASE_UPLOAD_BYTES} bytes`,
    );
    const missing = run(['--release', join(work, 'nope.csv'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv: cannot be read (ENOENT)');
    expect(state(db)).toEqual(before);
  });
});
