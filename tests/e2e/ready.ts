import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page is interactive, not only readable: a server-rendered page shows its
 * content before its scripts have hydrated it, and keys or clicks before that reach no handler.
 * The app marks <html data-ready="<page>"> once the page has hydrated (src/app/routes.tsx).
 */
export async function interactive(page: Page, name: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', name);
}
