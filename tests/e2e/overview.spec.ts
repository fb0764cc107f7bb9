import { expect, test } from './fixtures.ts';
import { citiesResponseSchema, problemSchema } from '../../contract/index.ts';
import { interactive } from './ready.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

test.describe('overview on the real server and a fresh database', () => {
  test('shows the 23 cities with contract status and SMHI figures', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Programmets städer' })).toBeVisible();
    const rows = page
      .getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ })
      .locator('tbody tr');
    await expect(rows).toHaveCount(23);
    await expect(page.getByText('23 av 23', { exact: true })).toBeVisible();
    // The programme's history: nine signed the first contract in 2020, all 23 by the end of 2022.
    await expect(page.getByText('9 år 2020; 23 i slutet av 2022')).toBeVisible();

    // Lund 2024 in SMHI's release with data to 2024: 209 790.69 t (Klimatkollen's copy of SMHI's file).
    const lund = page.getByRole('row', { name: /^Lund/ });
    await expect(lund).toContainText('209 791');
    await expect(lund).toContainText('Skåne län');
    await expect(lund).toContainText('sedan 11 dec. 2020');
    // Helsingborg was not in wave 1: its first contract is the 2022 version.
    await expect(page.getByRole('row', { name: /^Helsingborg/ })).toContainText('sedan 8 dec. 2022');

    // Every row agrees with the API it was drawn from.
    const api = citiesResponseSchema.parse(await (await request.get('/api/v1/cities')).json());
    for (const city of api.cities) {
      const row = page.getByRole('row', { name: new RegExp(`^${city.name}\\s`) });
      const tonnes = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(
        city.latest?.tonnesCo2e ?? NaN,
      );
      expect(nbsp(await row.innerText())).toContain(nbsp(tonnes));
    }
    await expect(page.getByRole('region', { name: 'Källa och version' })).toContainText(
      'SMHI, utsläpp t.o.m. 2024 (publicerad 2026)',
    );
  });

  test('sorts by a column, keeps the sort in the URL across a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Utsläpp 2024/ }).click();
    await expect(page).toHaveURL(/sort=latest&dir=desc/);
    const firstCity = page
      .getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ })
      .locator('tbody tr')
      .first()
      .getByRole('rowheader');
    await expect(firstCity).toHaveText('Göteborg');
    await page.reload();
    await expect(firstCity).toHaveText('Göteborg');
    await expect(
      page.getByRole('table', { name: /^Programmets/ }).getByRole('columnheader', { name: /Utsläpp 2024/ }),
    ).toHaveAttribute('aria-sort', 'descending');
  });

  test('works by keyboard: a sort button is reached with Tab and pressed with Enter', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ });
    await expect(table).toBeVisible();
    const button = page.getByRole('button', { name: /Sedan 2015/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: /Sedan 2015/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  test('switches to English at the same place, and the English address stays English on reload', async ({ page }) => {
    await page.goto('/?sort=latest&dir=desc');
    await interactive(page, 'overview');
    await page.evaluate(() => window.scrollTo(0, 600));
    // Followed where the reader is (by keyboard, say): a pointer click would first scroll the header into view.
    await page.getByRole('link', { name: 'In English' }).evaluate((link) => (link as HTMLAnchorElement).click());
    await expect(page).toHaveURL(/\/en\?sort=latest&dir=desc$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("The programme's cities");
    // The reader's place is kept: the same sort, and the same scroll position.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    await page.reload();
    await expect(page.getByText('23 of 23', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('row', { name: /^Lund/ })).toContainText('209,791');
    await interactive(page, 'overview');
    await page.getByRole('link', { name: 'På svenska' }).click();
    await expect(page).toHaveURL(/\/\?sort=latest&dir=desc$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programmets städer');
  });

  test('the address says the language, whatever the browser prefers, with numbers to match', async ({ browser }) => {
    for (const locale of ['en-GB', 'sv-SE']) {
      for (const [path, lang, heading, lund] of [
        ['/en', 'en', "The programme's cities", '209,791'],
        ['/', 'sv', 'Programmets städer', '209\u00a0791'],
      ] as const) {
        const context = await browser.newContext({ locale });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('row', { name: /^Lund/ })).toContainText(lund);
        await context.close();
      }
    }
  });

  test('serves client routes on reload and a not-found page for unknown ones', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Om datan' })).toBeVisible();
    await expect(page.getByText(/Version 2020, signerad/)).toBeVisible();
    const missing = await page.goto('/no/such/page');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
  });

  test('API errors are problem+json', async ({ request }) => {
    for (const [path, status] of [
      ['/api/v1/cities/nowhere', 404],
      ['/api/v1/emissions?from=1800', 400],
      ['/api/v1/emissions?cities=malmo,atlantis', 404],
      ['/api/v1/nothing-here', 404],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expect(response.headers()['content-type']).toBe('application/problem+json');
      expect(problemSchema.parse(await response.json()).status).toBe(status);
    }
  });
});
