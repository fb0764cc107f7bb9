/** Test support for the scripts' command lines: run one in-process and keep what it prints. Imported only by tests. */
import { vi } from 'vitest';

/** Runs `main` with console.log and console.error captured; gives its exit code and the two outputs. */
export function runCapturing(main: () => number): { code: number; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void stdout.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void stderr.push(a.join(' ')));
  try {
    return { code: main(), stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
