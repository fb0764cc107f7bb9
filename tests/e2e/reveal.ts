import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Figures far down a page are drawn when the reader scrolls near them (WhenNear). This
 * waits for `loaded` (something the page shows once its data is in), then scrolls to each
 * figure still waiting, as a reader would, until every figure is drawn, and back to the top.
 */
export async function revealDeferred(page: Page, loaded: Locator): Promise<void> {
  await expect(loaded.first()).toBeAttached();
  const waiting = page.locator('.when-near');
  for (let count = await waiting.count(); count > 0; count = await waiting.count()) {
    await waiting.first().scrollIntoViewIfNeeded();
    await expect(waiting).toHaveCount(count - 1);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
