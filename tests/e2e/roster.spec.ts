/**
 * The programme as data (issue 18), on the real server and database: a municipality outside the
 * programme has its own page, the EU Mission is a preset, the contracts' "as of" honours join
 * dates, and the overview sets the programme against the rest of Sweden.
 */
import { expect, test } from './fixtures.ts';
import { interactive } from './ready.ts';
import { programmeComparisonSchema } from '../../contract/index.ts';

/** The token playwright.config.ts gives the server in ADMIN_TOKENS, named 'e2e'. */
const TOKEN = 'e2e-a18bf5422a46b7f4e6a25952094af926e7e96ba6b79c4261';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

test.describe('the roster', () => {
  test('a municipality outside the programme opens, says so plainly, and has its figures', async ({ page }) => {
    await page.goto('/cities/habo');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Håbo');
    await expect(
      page.getByRole('note').filter({ hasText: 'Håbo är inte med i Klimatneutrala städer 2030.' }),
    ).toBeVisible();
    await expect(page.locator('.lede').first()).toContainText('Uppsala län · kommunkod 0305 · Inte med i programmet');
    await expect(page.getByText('ton CO₂e år 2024', { exact: true })).toBeVisible();
    await page.goto('/en/cities/habo');
    await expect(page.getByRole('note')).toContainText('Håbo is not in Climate-neutral cities 2030.');
  });

  test('the EU Mission’s seven cities are a preset on /compare, and the search finds any municipality', async ({
    page,
  }) => {
    await page.goto('/compare');
    const figure = page.locator('section.figure');
    await expect(figure).toHaveAttribute('data-cities', '23');
    await page.getByRole('button', { name: 'EU Mission-städer' }).click();
    await expect(figure).toHaveAttribute('data-cities', '7');
    await expect(page).toHaveURL(/cities=gavle%2Cgoteborg%2Chelsingborg%2Clund%2Cmalmo%2Cstockholm%2Cumea/);
    await page.getByLabel('Sök bland alla kommuner').fill('alvesta');
    await page.getByRole('checkbox', { name: /Alvesta/ }).click();
    await expect(page.getByRole('checkbox', { name: /Alvesta/ })).toBeChecked();
    await expect(figure).toHaveAttribute('data-cities', '8');
    await expect(page.getByRole('list', { name: /Städer i diagrammet/ })).toContainText('Alvesta');
  });

  test('the contracts “as of” a day before wave 2 joined lists only the nine members then', async ({ page }) => {
    await page.goto('/contracts?asOf=2021-09-30');
    await expect(page.locator('.contracts__headline')).toHaveText(
      'Den 30 sep. 2021 hade 9 av 9 städer signerat Klimatkontrakt 2030.',
    );
    const table = page.getByRole('table', { name: /Städernas status/ });
    await expect(table.locator('tbody tr')).toHaveCount(9);
    await expect(table.getByRole('row', { name: /^Helsingborg/ })).toHaveCount(0);
    await page.goto('/contracts?asOf=2021-10-01');
    await expect(table.locator('tbody tr')).toHaveCount(23);
  });

  test('the overview sets the programme against the rest of Sweden, as the API computes it', async ({
    page,
    request,
  }) => {
    const api = programmeComparisonSchema.parse(await (await request.get('/api/v1/programme/comparison')).json());
    await page.goto('/');
    const table = page.getByRole('table', { name: /^Utsläpp i programmet, övriga kommuner och Sverige/ });
    await expect(table.locator('tbody tr')).toHaveCount(3);
    await expect(table.getByRole('row', { name: /^Programmets städer/ })).toContainText(
      String(api.groups[0]?.municipalities),
    );
    await expect(table.getByRole('row', { name: /^Övriga kommuner/ })).toContainText(
      String(api.groups[1]?.municipalities),
    );
    await expect(page.getByRole('note').filter({ hasText: 'En jämförelse, inte ett bevis på effekt' })).toBeVisible();
  });

  test.describe('a coordinator adds a twin city through the admin UI', () => {
    // The other specs share this server and expect the seeded roster: take Håbo out again.
    test.afterAll(async ({ request }) => {
      const path = '/api/v1/admin/cities/habo/memberships/kns2030';
      const response = await request.delete(path, { headers: { ...AUTH, 'If-Match': '*' } });
      expect([200, 404]).toContain(response.status());
    });

    test('Håbo as Uppsala’s twin appears on the overview, on /compare, on the map and in the deck', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.goto('/admin?tab=roster');
      await interactive(page, 'admin');
      await page.getByLabel('Nyckel').fill(TOKEN);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect(page.getByRole('tab', { name: 'Medlemmar' })).toHaveAttribute('aria-selected', 'true');
      await page.getByLabel('Kommun').selectOption('habo');
      await page.getByLabel('Grupp').selectOption('twin-2024');
      await page.getByLabel('Tvillingstad till').selectOption('uppsala');
      await page.getByLabel('Gick med (första dagen av det som är känt)').fill('2024-06-01');
      await page.getByLabel('Känt på').selectOption('month');
      await page.getByLabel('Källans adress').fill('https://viablecities.se/en/klimatneutrala-stader-2030/');
      await page.getByLabel('Källans titel').fill('Viable Cities: Klimatneutrala städer 2030 3.0');
      await page.getByRole('button', { name: 'Spara medlemskapet' }).click();
      await expect(page.getByText('Sparat: Håbos medlemskap gäller nu överallt.')).toBeVisible();

      await page.goto('/');
      const cities = page.getByRole('table', { name: /^Programmets 24 städer/ });
      await expect(cities.getByRole('row', { name: /^Håbo/ })).toContainText('Tvillingstäder (2024)');
      await expect(page.getByText('9 i Våg 1 (2019), 14 i Våg 2 (2021), 1 i Tvillingstäder (2024)')).toBeVisible();

      await page.goto('/compare');
      await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '24');
      await page.getByRole('button', { name: 'Tvillingpar' }).click();
      await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '2');

      await page.goto('/map');
      await expect(page.locator('a.map-mark')).toHaveCount(24);
      await expect(page.locator('a.map-mark[data-city="habo"]')).toHaveCount(1);

      await page.goto('/present?slides=headline,map');
      await interactive(page, 'present');
      await expect(page.locator('.slide')).toContainText('24');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.slide-map__svg [data-city="habo"]')).toHaveCount(1);

      await page.goto('/cities/habo');
      await expect(page.locator('.lede').first()).toContainText('Med i programmet sedan juni 2024');
      await expect(page.locator('.lede').first()).toContainText('tvillingstad till Uppsala');
    });
  });
});
