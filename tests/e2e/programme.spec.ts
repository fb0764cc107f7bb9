import { expect, test } from './fixtures.ts';
import { standingsResponseSchema } from '../../contract/index.ts';

test.describe('Klimatkontrakt 2030 over time', () => {
  test('on the day COP26 opened exactly nine had signed; by the end of 2022 all 23', async ({ page }) => {
    await page.goto('/contracts');
    await page.getByRole('button', { name: /COP26/ }).click();
    await expect(page).toHaveURL(/asOf=2021-10-31/);
    await expect(page.locator('.contracts__headline')).toHaveText(
      'Den 31 okt. 2021 hade 9 av 23 städer signerat Klimatkontrakt 2030.',
    );
    const table = page.getByRole('table', { name: /Städernas status/ });
    await expect(table.locator('tbody tr').filter({ hasText: 'Signerat' })).toHaveCount(9);
    await expect(table.locator('tbody tr').filter({ hasText: 'Med i programmet' })).toHaveCount(14);
    await expect(table.getByRole('row', { name: /^Helsingborg/ })).toContainText('Med i programmet');

    await page.getByLabel('Läget den').fill('2022-12-31');
    await expect(page).toHaveURL(/asOf=2022-12-31/);
    await expect(page.locator('.contracts__headline')).toContainText('hade 23 av 23 städer signerat');

    // On 8 December 2021 the fourteen signed letters of intent, not contracts.
    await page.goto('/contracts?asOf=2021-12-08');
    await expect(table.locator('tbody tr').filter({ hasText: 'Avsiktsförklaring' })).toHaveCount(14);
  });

  test('the timeline lists every version with its signers and sources', async ({ page }) => {
    await page.goto('/contracts?asOf=2021-10-31');
    const timeline = page.getByRole('region', { name: 'Tidslinje' });
    await expect(timeline.getByRole('heading', { level: 3 })).toHaveText([
      'Version 2020: 9 signerade kontraktet',
      'Version 2021: 9 signerade kontraktet',
      'Version 2021: 14 signerade en avsiktsförklaring',
      'Version 2022: 23 signerade kontraktet',
      'Version 2023: 23 signerade kontraktet',
    ]);
    await expect(timeline.locator('.timeline__item').first()).toContainText(
      'Enköping, Göteborg, Järfälla, Lund, Malmö, Stockholm, Umeå, Uppsala, Växjö',
    );
    await expect(timeline.locator('.timeline__item.is-future')).toHaveCount(4);
    await expect(timeline.getByRole('link', { name: /Europas första klimatkontrakt/ })).toHaveAttribute(
      'href',
      /viablecities\.se/,
    );
  });

  test('a bad date falls back to today with a note', async ({ page }) => {
    await page.goto('/contracts?asOf=2021-02-30');
    await expect(page.getByRole('status').filter({ hasText: 'inget giltigt datum' })).toBeVisible();
    await expect(page.locator('.contracts__headline')).toContainText('av 23 städer signerat');
  });
});

test.describe('standings and my city', () => {
  test('ranks on any measure and states my city’s standing in one sentence, remembered', async ({ page, request }) => {
    await page.goto('/standings?measure=changeSince2015Percent');
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(23);
    await page.getByLabel('Min stad').selectOption({ label: 'Malmö' });
    const api = standingsResponseSchema.parse(
      await (await request.get('/api/v1/standings?measure=changeSince2015Percent')).json(),
    );
    const malmo = api.entries.find((e) => e.cityId === 'malmo');
    const ordinal = `${malmo?.rank}:${[1, 2].includes((malmo?.rank ?? 0) % 10) && ![11, 12].includes((malmo?.rank ?? 0) % 100) ? 'a' : 'e'}`;
    await expect(page.locator('.my-city-sentence')).toHaveText(`Malmö är ${ordinal} av 23 på förändring sedan 2015.`);
    await expect(page.getByRole('row', { name: /Malmö/ })).toHaveClass(/is-my-city/);

    await page.getByLabel('Mått').selectOption({ label: 'Totala utsläpp' });
    await expect(page).toHaveURL(/measure=tonnesCo2e/);
    await expect(page.getByRole('table').locator('tbody tr').first()).toContainText('Järfälla');

    await page.reload();
    await expect(page.getByLabel('Min stad')).toHaveValue('malmo');
    await page.goto('/');
    await expect(page.getByRole('row', { name: /^Malmö/ })).toContainText('Min stad');
  });
});
