/**
 * Finds Debian's Chromium for Playwright: CHROME_PATH, then /usr/bin/chromium.
 * Never downloads a browser.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT =
  'Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH to a Chromium binary).';

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((path) => existsSync(path));
}
