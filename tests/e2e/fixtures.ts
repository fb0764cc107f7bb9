/**
 * Playwright's `test` with one change: `page.goto` and `page.reload` return once the page is
 * interactive, not only loaded. A server-rendered page is readable (and clickable) before its
 * scripts have hydrated it, and a click or key before that reaches no handler; the app marks
 * <html data-ready="<page>"> once the page has hydrated (src/app/routes.tsx). With JavaScript
 * off there is nothing to wait for. A page that never gets there (a script that failed) is
 * left to the test's own assertions.
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

const HYDRATED_MS = 15_000;

async function untilInteractive(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: HYDRATED_MS }).catch(() => undefined);
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.headers()['content-type']?.includes('text/html')) await untilInteractive(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        await untilInteractive(page);
        return response;
      };
    }
    await use(page);
  },
});
