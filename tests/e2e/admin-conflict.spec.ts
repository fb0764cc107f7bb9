/**
 * Issue 15 in Chromium against the real server: two coordinators, each in their own
 * browser, edit Uppsala's targets from the same version. The first save lands; the second
 * gets the conflict (theirs beside yours), applies theirs again over it, and the audit log
 * shows both writes and the refusal between them. Uppsala's targets are put back after.
 */
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { cityTargetsResponseSchema } from '../../contract/index.ts';
import { expect, test } from './fixtures.ts';
import { interactive } from './ready.ts';

/** The token playwright.config.ts gives the server in ADMIN_TOKENS, named 'e2e' (as in admin.spec.ts). */
const TOKEN = 'e2e-a18bf5422a46b7f4e6a25952094af926e7e96ba6b79c4261';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const TARGETS = '/api/v1/admin/cities/uppsala/targets';

async function storedTargets(request: APIRequestContext) {
  const response = await request.get(TARGETS, { headers: AUTH });
  expect(response.status()).toBe(200);
  return cityTargetsResponseSchema.parse(await response.json());
}

/** A coordinator in a browser of their own, signed in, with Uppsala's targets open. */
async function coordinator(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto('/admin?tab=targets');
  await interactive(page, 'admin');
  await page.getByLabel('Nyckel').fill(TOKEN);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Inloggad som e2e')).toBeVisible();
  await page.getByLabel('Stad', { exact: true }).selectOption({ label: 'Uppsala' });
  await expect(page.getByRole('group', { name: 'Mål 1' })).toBeVisible();
  return page;
}

async function setReduction(page: Page, percent: string) {
  const field = page.getByRole('group', { name: 'Mål 1' }).getByLabel('Minskning, %');
  await field.fill(percent);
}

test.describe('two coordinators edit the same city', () => {
  let original: Awaited<ReturnType<typeof storedTargets>> | null = null;

  test.beforeAll(async ({ request }) => {
    original = await storedTargets(request);
  });

  // The other specs expect the curated targets: put Uppsala's back, based on the version now stored.
  test.afterAll(async ({ request }) => {
    if (!original) return;
    const now = await storedTargets(request);
    const response = await request.put(TARGETS, {
      headers: { ...AUTH, 'If-Match': `"${now.version}"` },
      data: { targets: original.targets },
    });
    expect(response.status()).toBe(200);
  });

  test('the second save gets the conflict, applies mine again over theirs, and the audit log keeps all three', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const first = await coordinator(browser);
    const second = await coordinator(browser);

    await setReduction(first, '75');
    await first.getByRole('button', { name: 'Spara målen' }).click();
    await expect(first.getByText(/^Sparat: 1 mål för Uppsala \(ändringslogg nr \d+\)\.$/)).toBeVisible();

    // The second coordinator started from the same targets: nothing of theirs is lost.
    await setReduction(second, '80');
    await second.getByRole('button', { name: 'Spara målen' }).click();
    const conflict = second.getByRole('region', { name: 'Någon annan har ändrat Uppsalas mål medan du redigerade' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toBeFocused();
    await expect(conflict.getByText('Dina (inte sparade)')).toBeVisible();
    await expect(conflict).toContainText('minska 80 % från 2020');
    await expect(conflict).toContainText('minska 75 % från 2020');
    await expect(second.getByRole('group', { name: 'Mål 1' }).getByLabel('Minskning, %')).toHaveValue('80');

    // By keyboard: from the conflict, Tab reaches "apply mine again".
    await second.keyboard.press('Tab');
    await expect(conflict.getByRole('button', { name: 'Lägg in mina igen, över deras' })).toBeFocused();
    await second.keyboard.press('Enter');
    await expect(second.getByText(/^Sparat: 1 mål för Uppsala \(ändringslogg nr \d+\)\.$/)).toBeVisible();
    await expect(conflict).toHaveCount(0);

    await second.getByRole('tab', { name: 'Ändringslogg' }).click();
    const entries = second.getByRole('list', { name: 'Ändringslogg' }).getByRole('listitem');
    await expect(entries.nth(0)).toContainText('Ändrade mål');
    await expect(entries.nth(1)).toContainText('Avvisad ändring (någon annan hann först)');
    await expect(entries.nth(1)).toContainText('Avvisade en ändring av Uppsalas mål');
    await expect(entries.nth(2)).toContainText('Ändrade mål');
    // The refusal keeps both sides: theirs (75 %) and yours (80 %).
    await entries.nth(1).getByText('Deras och din').click();
    await expect(
      entries.nth(1).getByRole('heading', { name: 'Deras (det som gällde)' }).locator('xpath=following-sibling::pre'),
    ).toContainText('"reductionPercent": 75');
    await expect(
      entries.nth(1).getByRole('heading', { name: 'Din (avvisad)' }).locator('xpath=following-sibling::pre'),
    ).toContainText('"reductionPercent": 80');

    await first.context().close();
    await second.context().close();
  });
});
