/**
 * Test hook for the crash-safety test (server/releases/crash.test.ts): with
 * `KS_TEST_PAUSE_IN_IMPORT=1`, an import prints `KS_TEST_PAUSED_IN_IMPORT` to stderr and
 * blocks synchronously inside its write transaction, after writing the release's rows, so
 * the test can SIGKILL the process at a known point mid-transaction. Unset, it does nothing.
 */
import { writeSync } from 'node:fs';

export const PAUSE_ENV = 'KS_TEST_PAUSE_IN_IMPORT';
export const PAUSE_MARKER = 'KS_TEST_PAUSED_IN_IMPORT';
/** Long enough for any test to kill the process; short enough not to hang a forgotten one forever. */
const PAUSE_MS = 120_000;

export function pauseInsideImportForTests(): void {
  if (process.env[PAUSE_ENV] !== '1') return;
  // writeSync: the marker must be out before the event loop is blocked.
  writeSync(2, `${PAUSE_MARKER}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
}
