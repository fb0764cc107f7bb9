/**
 * `npm run data:build`: reads the reference data (SMHI emissions, SCB population and
 * codes, the programme's cities) and the curated contracts and targets, and writes
 * the project's dataset. All or nothing: on any problem it names the file, row and
 * column, writes nothing and exits 1.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './command-line.ts';
import { buildDataset } from './import/build-dataset.ts';
import { ImportError } from './import/errors.ts';
import { readLanTopology, serializeLanTopology } from './import/geo.ts';
import { KNOWN_RELEASES } from './import/releases.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run data:build -- [options]

Writes the project's dataset (data/dataset.json) from the reference data in ../shared/data.
To import a new SMHI release into the database instead, use npm run data:import -- --release <file>.

Options:
  --release <id|file>   SMHI release to import; repeat to keep several side by side
                        (the first becomes current). Known ids: ${KNOWN_RELEASES.map((r) => r.id).join(', ')}.
                        A file path reads SMHI's semicolon export or the JSON format.
                        Default: ${KNOWN_RELEASES[0]?.id} (the newest).
  --out <file>          where to write (default data/dataset.json)
  --reference <dir>     the reference data folder (default ../shared/data)
  --geo-out <file>      where to write the map's län outlines (TopoJSON); default
                        data/geo/lan.topo.json, but with --out only when given
  --help                show this help

Each series records its release; two releases are never mixed in one series.`;

/** Writes through a temporary file, so a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function main(argv: string[]): number {
  const values = parseCommandLine(
    argv,
    {
      release: { type: 'string', multiple: true },
      out: { type: 'string' },
      reference: { type: 'string', default: resolve(root, '../shared/data') },
      'geo-out': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    HELP,
  );
  if (typeof values === 'number') return values;
  const out = resolve(values.out ?? resolve(root, 'data/dataset.json'));
  // A run that writes the dataset elsewhere (a test, a trial) leaves the committed outlines alone.
  const geoOut = values['geo-out'] ?? (values.out === undefined ? resolve(root, 'data/geo/lan.topo.json') : undefined);
  try {
    const dataset = buildDataset({
      referenceDir: resolve(values.reference),
      curatedDir: resolve(root, 'data/curated'),
      releases: values.release ?? [KNOWN_RELEASES[0]?.id ?? ''],
    });
    const geo = geoOut === undefined ? null : readLanTopology(resolve(values.reference));
    writeAtomically(out, `${JSON.stringify(dataset, null, 1)}\n`);
    const releases = dataset.releases.map((r) => `${r.id} (${r.years[0]}–${r.dataThroughYear})`).join(', ');
    console.log(
      `Wrote ${out}: ${dataset.cities.length} municipalities, ${dataset.memberships.length} memberships in ${dataset.cohorts.length} cohorts, releases ${releases}, current ${dataset.currentReleaseId}.`,
    );
    if (geo && geoOut !== undefined) {
      const text = serializeLanTopology(geo);
      writeAtomically(geoOut, text);
      console.log(
        `Wrote ${geoOut}: ${geo.objects.lan.geometries.length} län outlines, ${(Buffer.byteLength(text) / 1024).toFixed(1)} kB.`,
      );
    }
    return 0;
  } catch (error) {
    // Whatever went wrong, the old dataset stays as it was: say so and exit 1.
    const message =
      error instanceof ImportError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    console.error(`Import failed, nothing written.\n${message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
