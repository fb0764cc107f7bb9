/**
 * Test hook for the crash-safety test (server/releases/crash.test.ts): installed, an import
 * prints `KS_TEST_PAUSED_IN_IMPORT` to stderr and blocks synchronously inside its write
 * transaction, after writing the release's rows, so the test can SIGKILL the process at a
 * known point mid-transaction. Only tests import this: the test's child processes install
 * it through paused-entry.ts.
 */
import { writeSync } from 'node:fs';
import { setInsideImportHook } from './insert.ts';

export const PAUSE_MARKER = 'KS_TEST_PAUSED_IN_IMPORT';
/** Long enough for any test to kill the process; short enough not to hang a forgotten one forever. */
const PAUSE_MS = 120_000;

function pauseInsideImport(): void {
  // writeSync: the marker must be out before the event loop is blocked.
  writeSync(2, `${PAUSE_MARKER}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
}

/** Every import in this process from now on pauses inside its write transaction. */
export function installImportPause(): void {
  setInsideImportHook(pauseInsideImport);
}
