/**
 * `npm run data:import -- --release <file>`: the coordinators' validated import, into the
 * database (the same code as POST /api/v1/admin/releases). Every problem is printed by
 * row and column and nothing is written (exit 1); an import of figures already stored
 * writes nothing (exit 0). The dataset builder is `npm run data:build`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './command-line.ts';
import {
  LARGE_CHANGE_PERCENT,
  LARGE_CHANGE_TONNES,
  MAX_LISTED_PROBLEMS,
  MAX_RELEASE_UPLOAD_BYTES,
  type ImportProblem,
} from '../contract/index.ts';
import { DEFAULT_DATABASE_PATH, DEFAULT_DATASET_PATH } from '../server/config.ts';
import { openDatabase } from '../server/database.ts';
import { readDatasetFile } from '../server/db/open.ts';
import { stockholmToday } from '../server/read-model.ts';
import { importUpload } from '../server/releases/import.ts';
import { describeProblem } from '../server/releases/problems.ts';
import { oversizedProblem } from '../server/releases/upload.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run data:import -- --release <file> [options]

Imports one SMHI release into the database, validated first. The file is SMHI's
semicolon export (preamble, 'Huvudsektor;Undersektor;Län;Kommun;<years>', footer
'Rapportnamn:'), SMHI's Excel download (.xlsx, the same table below preamble rows),
the project's release JSON (format klimatneutrala-stader/release@1) or Klimatkollen's
JSON array of SMHI figures (as in ../shared/data/raw/emissions-*). Every problem is
listed by row and column (the first ${MAX_LISTED_PROBLEMS}, with the count), and on any problem nothing
is written: values must be finite, non-negative and below Sweden's national total for
their year and sector. The imported release is stored beside the earlier ones and
becomes current; a file whose figures are already stored changes nothing. Large
changes against the current release (a city-year total by more than ${LARGE_CHANGE_PERCENT} % and
${LARGE_CHANGE_TONNES} t, a sector appearing or vanishing, years dropped) are printed and stop the
import unless --accept-warnings is given.

Options:
  --release <file>     the file to import (required)
  --db <path>          the SQLite database (default: DATABASE_PATH, else ${DEFAULT_DATABASE_PATH});
                       created and seeded from DATASET_PATH (${DEFAULT_DATASET_PATH}) when new
  --published <date>   when SMHI published it, YYYY or YYYY-MM-DD (default: from the file, else today)
  --file-name <name>   the name shown in messages and the audit log (default: the file's name)
  --accept-warnings    import even with large changes against the current release
  --help               show this help

The audit log names the importer as cli:<your user name>. To rebuild data/dataset.json
from the reference data instead, use npm run data:build.`;

function actor(env: NodeJS.ProcessEnv): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    // No passwd entry (some containers): fall back to the environment.
    return `cli:${env.USER ?? env.USERNAME ?? 'unknown'}`;
  }
}

function printProblems(file: string, problems: ImportProblem[], count = problems.length): void {
  console.error(
    `Import failed, nothing written. ${count} problem${count === 1 ? '' : 's'} in ${file}${count > problems.length ? ` (the first ${problems.length} listed)` : ''}:`,
  );
  for (const problem of problems) console.error(`${file}: ${describeProblem(problem)}`);
}

/** The command line's options, or the exit code when it asks for help or is wrong. */
function readOptions(argv: string[]) {
  const values = parseCommandLine(
    argv,
    {
      release: { type: 'string' },
      db: { type: 'string' },
      published: { type: 'string' },
      'file-name': { type: 'string' },
      'accept-warnings': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    HELP,
  );
  if (typeof values === 'number') return values;
  if (!values.release) {
    console.error(`--release <file> is required.\n\n${HELP}`);
    return 2;
  }
  if (values.published !== undefined && !/^\d{4}(-\d{2}-\d{2})?$/.test(values.published)) {
    console.error(`--published must be a year (2026) or a day (2026-06-15), not '${values.published}'`);
    return 2;
  }
  return { ...values, release: values.release };
}

/** The file's bytes, or null (with the problem printed) when it is too large or cannot be read. */
function readRelease(file: string): Uint8Array | null {
  try {
    // The size first: an oversized file is refused without reading it.
    const sizeBytes = statSync(file).size;
    if (sizeBytes > MAX_RELEASE_UPLOAD_BYTES) {
      printProblems(file, [oversizedProblem(sizeBytes)]);
      return null;
    }
    return readFileSync(file);
  } catch (error) {
    console.error(
      `Import failed, nothing written.\n${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
    return null;
  }
}

/** Prints what an import did; the exit code. */
function report(result: ReturnType<typeof importUpload>, file: string, fileName: string, databasePath: string): number {
  if (!result.ok && 'unconfirmed' in result) {
    console.error(
      `Import stopped, nothing written. ${result.warningCount} large change${result.warningCount === 1 ? '' : 's'} against the current release:`,
    );
    for (const warning of result.warnings) console.error(`  ${warning.message}`);
    console.error('Check them; to import anyway, run again with --accept-warnings.');
    return 1;
  }
  if (!result.ok) {
    printProblems(file, result.problems, result.problemCount);
    return 1;
  }
  const r = result.release;
  if (result.status === 'unchanged') {
    console.log(
      `Nothing to import: the figures in ${fileName} equal the stored release ${r.id}${r.current ? ' (current)' : ''}. Nothing written.`,
    );
  } else {
    console.log(
      `Imported ${r.id} from ${fileName} into ${databasePath}: ${r.cityCount} municipalities, ${r.years[0]}–${r.dataThroughYear}; now current (audit entry ${result.auditId}).`,
    );
  }
  return 0;
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  const values = readOptions(argv);
  if (typeof values === 'number') return values;
  const file = values.release;
  const fileName = values['file-name'] ?? basename(file);
  const bytes = readRelease(file);
  if (bytes === null) return 1;
  const databasePath = resolve(values.db ?? resolve(root, env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH));
  const db = openDatabase({
    path: databasePath,
    dataset: () => readDatasetFile(resolve(root, env.DATASET_PATH ?? DEFAULT_DATASET_PATH)),
  });
  try {
    const result = importUpload(db, bytes, {
      contentType: file.toLowerCase().endsWith('.json') ? 'application/json' : null,
      fileName,
      published: values.published ?? null,
      today: stockholmToday(),
      actor: actor(env),
      at: new Date().toISOString(),
      confirmWarnings: null,
      acceptAllWarnings: values['accept-warnings'],
    });
    return report(result, file, fileName, databasePath);
  } finally {
    db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
