/**
 * Issue 6 in Chromium against the real server: a coordinator signs in, uploads SMHI's
 * export, reads the preview, confirms, and the overview and the audit log show it.
 *
 * The file is built here from the server's own figures (every city, sector and year of
 * the current release), in SMHI's format, with ONE deliberate change: Malmö's 2024
 * transport +100 000 t. No figure is invented or committed.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { interactive } from './ready.ts';
import { axeViolations } from './axe.ts';
import {
  citiesResponseSchema,
  emissionsResponseSchema,
  releasesResponseSchema,
  sectorsResponseSchema,
} from '../../contract/index.ts';

/** The token playwright.config.ts gives the server in ADMIN_TOKENS, named 'e2e'. */
const TOKEN = 'e2e-a18bf5422a46b7f4e6a25952094af926e7e96ba6b79c4261';
const ADDED_TONNES = 100_000;
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const svTonnes = (t: number) => nbsp(new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(t));
/** SMHI writes a decimal comma and no digit grouping. */
const smhiNumber = (t: number) => String(t).replace('.', ',');

async function json(request: APIRequestContext, path: string): Promise<unknown> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.json();
}

/** SMHI's "Länsrapport": preamble, header, one total row and nine sector rows per kommun, footer. */
async function smhiExportWithOneChange(request: APIRequestContext) {
  // A release covers every municipality, members or not.
  const { cities } = citiesResponseSchema.parse(await json(request, '/api/v1/cities?scope=all'));
  const emissions = emissionsResponseSchema.parse(
    await json(request, `/api/v1/emissions?sectors=true&cities=${cities.map((c) => c.id).join(',')}`),
  );
  const { sectors } = sectorsResponseSchema.parse(await json(request, '/api/v1/sectors'));
  const years = emissions.release.years;
  const today = new Date().toISOString().slice(0, 10);
  const lines = [
    `Rapportnamn:;Länsrapport, ${today};;;`,
    'Emissioner av Växthusgaser totalt;;;;',
    'Enhet: ton/år;;;;',
    'CO2-ekv. efter ämnesnamn innebär att emissionen är uttryckt i CO2-ekvivalenter;;;;',
    ';;;;',
    ['Huvudsektor', 'Undersektor', 'Län', 'Kommun', ...years].join(';'),
  ];
  let malmo2024 = Number.NaN;
  for (const series of emissions.series) {
    const city = cities.find((c) => c.id === series.cityId);
    if (!city) throw new Error(`No city ${series.cityId}`);
    const point = (year: number) => {
      const found = series.points.find((p) => p.year === year);
      if (!found?.sectors) throw new Error(`${city.name} has no sectors for ${year}`);
      return found;
    };
    const changed = (year: number, sectorId: string | null) =>
      series.cityId === 'malmo' && year === 2024 && (sectorId === null || sectorId === 'transport');
    const total = (year: number) => point(year).tonnesCo2e + (changed(year, null) ? ADDED_TONNES : 0);
    if (series.cityId === 'malmo') malmo2024 = point(2024).tonnesCo2e;
    lines.push(['Alla', 'Alla', city.lan.name, city.name, ...years.map((y) => smhiNumber(total(y)))].join(';'));
    for (const sector of sectors) {
      const value = (year: number) =>
        (point(year).sectors?.[sector.id] ?? Number.NaN) + (changed(year, sector.id) ? ADDED_TONNES : 0);
      lines.push(
        [sector.smhiName, 'Alla', city.lan.name, city.name, ...years.map((y) => smhiNumber(value(y)))].join(';'),
      );
    }
  }
  lines.push(`Rapportnamn:;Länsrapport, ${today};;;`);
  expect(lines.join('\n')).not.toContain('NaN');
  return { csv: lines.join('\r\n'), malmo2024, cityCount: emissions.series.length };
}

test.describe('coordinators keep the data current', () => {
  let originalRelease = '';

  test.beforeAll(async ({ request }) => {
    originalRelease = releasesResponseSchema.parse(await json(request, '/api/v1/releases')).currentReleaseId;
  });

  // The other specs share this server and expect the seeded figures: make the seeded release current again.
  test.afterAll(async ({ request }) => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    // A release write needs the current release's version (If-Match), as the admin UI sends it.
    const current = await request.get('/api/v1/admin/releases/current', { headers: auth });
    const ifMatch = current.headers()['etag'] ?? '';
    const response = await request.put('/api/v1/admin/releases/current', {
      headers: { ...auth, 'If-Match': ifMatch },
      data: { releaseId: originalRelease },
    });
    expect(response.ok()).toBe(true);
  });

  test('upload → preview → confirm; the overview shows the new figure and the audit log the import', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const { csv, malmo2024, cityCount } = await smhiExportWithOneChange(request);

    await page.goto('/');
    await page.getByRole('link', { name: 'För samordnare' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await interactive(page, 'admin');
    await page.getByLabel('Nyckel').fill(TOKEN);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByText('Inloggad som e2e')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('ks.admin.token'))).toBe(TOKEN);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(TOKEN);

    await page
      .getByLabel('Fil att ladda upp')
      .setInputFiles({ name: 'smhi-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const preview = page.getByRole('region', { name: /^Förhandsvisning/ });
    await expect(preview).toBeVisible({ timeout: 30_000 });
    await expect(preview.getByText(`${cityCount} kommuner`)).toBeVisible();
    const largest = preview
      .getByRole('table', { name: /Största skillnaderna/ })
      .locator('tbody tr')
      .first();
    const row = nbsp(await largest.innerText());
    expect(row).toMatch(/^Malmö\s+2024/);
    expect(row).toContain(svTonnes(malmo2024));
    expect(row).toContain(svTonnes(malmo2024 + ADDED_TONNES));
    expect(row).toContain('+100 000');

    await preview.getByRole('button', { name: 'Importera versionen' }).click();
    await expect(page.getByText(/är nu den aktuella versionen \(ändringslogg nr \d+\)/)).toBeVisible({
      timeout: 30_000,
    });
    const releases = releasesResponseSchema.parse(await json(request, '/api/v1/releases'));
    expect(releases.currentReleaseId).not.toBe(originalRelease);

    await page.getByRole('link', { name: 'Översikt' }).click();
    const malmoRow = page.getByRole('row', { name: /^Malmö/ });
    await expect.poll(async () => nbsp(await malmoRow.innerText())).toContain(svTonnes(malmo2024 + ADDED_TONNES));

    await page.goto('/admin?tab=audit');

    await interactive(page, 'admin');
    const newest = page.getByRole('list', { name: 'Ändringslogg' }).getByRole('listitem').first();
    await expect(newest).toContainText('Import av version');
    await expect(newest).toContainText(', e2e');
    await expect(newest).toContainText(releases.currentReleaseId);
  });
});

test.describe('the signed-in admin views', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every tab passes axe (WCAG 2.2 AA) in the ${scheme} theme and is reached by keyboard`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/admin');
      await interactive(page, 'admin');
      await page.getByLabel('Nyckel').fill(TOKEN);
      await page.keyboard.press('Enter');
      await expect(page.getByText('Inloggad som e2e')).toBeVisible();
      for (const [tab, ready] of [
        ['Versioner', 'Fil att ladda upp'],
        ['Signeringar', 'Stad'],
        ['Mål', 'Stad'],
        ['Medlemmar', 'Kommun'],
        ['Ändringslogg', null],
      ] as const) {
        const button = page.getByRole('tab', { name: tab });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect(button).toHaveAttribute('aria-selected', 'true');
        if (ready) await expect(page.getByLabel(ready).first()).toBeVisible();
        await expect(page.locator('.state--loading')).toHaveCount(0);
        expect(await axeViolations(page), `${tab} (${scheme})`).toEqual([]);
      }
    });
  }
});
