/**
 * The programme as data (issue 18), on the real server and database: a municipality outside the
 * programme has its own page, the EU Mission is a preset, the contracts' "as of" honours join
 * dates, and the overview sets the programme against the rest of Sweden.
 */
import { expect, test } from './fixtures.ts';
import { programmeComparisonSchema } from '../../contract/index.ts';

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
    await page.getByRole('checkbox', { name: /Alvesta/ }).check();
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
});
