/**
 * `npm run screenshot -- <url> <out.png> [--width 1280] [--height 900] [--full] [--no-js] [--element css]`:
 * a headless Chromium screenshot, to look at what we build; `--element` takes only the first
 * element matching a CSS selector (a section of a long phone page).
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../tests/e2e/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    'no-js': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'sv-SE' },
    element: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
const [url, out] = positionals;
if (values.help || !url || !out) {
  console.log(
    'Usage: npm run screenshot -- <url> <out.png> [--width 1280] [--height 900] [--full] [--no-js] [--lang sv-SE] [--element css]',
  );
  process.exit(values.help ? 0 : 2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(`No Chromium found. ${INSTALL_HINT}`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(values.width), height: Number(values.height) },
  locale: values.lang,
  javaScriptEnabled: !values['no-js'],
});
await page.goto(url, { waitUntil: 'networkidle' });
if (values.element) await page.locator(values.element).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: values.full });
await browser.close();
console.log(`Saved ${out}`);
