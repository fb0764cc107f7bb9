/// <reference lib="dom" />
/**
 * `npm run screenshots -- [--base http://localhost:8080] [--out var/screenshots]`: every public
 * page at 1440, 390 and 360 px, in Swedish and English, with JavaScript on and off, as PNGs of
 * the first screen (or the whole page with --full), named page_lang_width_js.png, to look at
 * what we build. One browser for all of them; the server must be running (`npm start`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../tests/e2e/chromium.ts';
import { pathIn } from '../src/lib/lang-path.ts';

const PAGES: Record<string, string> = {
  overview: '/',
  compare: '/compare?cities=malmo,lund,umea',
  city: '/cities/malmo',
  map: '/map',
  standings: '/standings',
  sectors: '/sectors',
  contracts: '/contracts',
  about: '/about',
  'embed-compare': '/embed/compare?cities=malmo,lund',
  'embed-map': '/embed/map',
};

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:8080' },
    out: { type: 'string', default: 'var/screenshots' },
    pages: { type: 'string', default: Object.keys(PAGES).join(',') },
    widths: { type: 'string', default: '1440,390,360' },
    langs: { type: 'string', default: 'sv,en' },
    js: { type: 'string', default: 'on,off' },
    full: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    `Usage: npm run screenshots -- [--base URL] [--out DIR] [--pages ${Object.keys(PAGES).join(',')}] [--widths 1440,390,360] [--langs sv,en] [--js on,off] [--full]`,
  );
  process.exit(0);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(`No Chromium found. ${INSTALL_HINT}`);
  process.exit(1);
}
mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const js of values.js.split(',')) {
    for (const width of values.widths.split(',').map(Number)) {
      const context = await browser.newContext({
        viewport: { width, height: width > 800 ? 900 : 800 },
        javaScriptEnabled: js === 'on',
        isMobile: width < 800,
        hasTouch: width < 800,
      });
      const page = await context.newPage();
      for (const name of values.pages.split(',')) {
        const path = PAGES[name];
        if (!path) throw new Error(`Unknown page ${name}; one of ${Object.keys(PAGES).join(', ')}`);
        for (const lang of values.langs.split(',') as ('sv' | 'en')[]) {
          // Embeds take their language from ?lang=, pages from /en.
          const address = path.startsWith('/embed/')
            ? `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`
            : pathIn(lang, path);
          await page.goto(`${values.base}${address}`, { waitUntil: 'load' });
          if (js === 'on')
            await page
              .waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, {
                timeout: 15_000,
              })
              .catch(() => undefined);
          await page.waitForTimeout(300);
          const file = join(values.out, `${name}_${lang}_${width}_js-${js}.png`);
          await page.screenshot({ path: file, fullPage: values.full });
          console.log(file);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
