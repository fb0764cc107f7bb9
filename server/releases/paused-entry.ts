/**
 * Test-only entry point, spawned by crash.test.ts (never by production): installs the import
 * pause (test-pause.ts), then runs the script named by its first argument as if it had been
 * started directly, with the remaining arguments:
 *
 *   node --import tsx server/releases/paused-entry.ts server/main.ts
 *   node --import tsx server/releases/paused-entry.ts scripts/import-data.ts --release r.csv --db d.sqlite
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installImportPause } from './test-pause.ts';

const [node = process.execPath, , script, ...args] = process.argv;
if (!script) throw new Error('usage: paused-entry.ts <script> [arguments…]');
installImportPause();
// The script sees itself as the entry point (scripts/import-data.ts runs its main only then).
process.argv = [node, resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
