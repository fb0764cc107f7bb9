/**
 * Issue 15 in Chromium against the real server: SMHI's Excel download, built here with
 * SheetJS (@e965/xlsx) from SMHI's figures (the raw files in ../shared/data, or the committed
 * dataset written from them: every municipality, the national rows, a preamble as SMHI writes it), is uploaded and previewed in the admin UI.
 * Then the conflict flow (another coordinator imported after the preview: 412, preview again)
 * and the warning flow (a large change must be confirmed before Import is enabled).
 * No figure is invented: the changed workbooks change one raw figure each, on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { APIRequestContext, Page } from '@playwright/test';
import { currentReleaseStateSchema, releasePreviewSchema } from '../../contract/index.ts';
import { datasetSchema } from '../../server/dataset/schema.ts';
import { SECTORS } from '../../server/releases/sectors.ts';
import { hasRealReference, REAL_REFERENCE } from '../fixtures/import/helpers.ts';
import { expect, test } from './fixtures.ts';
import { interactive } from './ready.ts';

/** The token playwright.config.ts gives the server in ADMIN_TOKENS, named 'e2e'. */
const TOKEN = 'e2e-a18bf5422a46b7f4e6a25952094af926e7e96ba6b79c4261';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Figures = { name: string; lan: string; sectors: Record<string, Record<string, number>> }[];
type Change = (kommun: string, year: number, sectorId: string, tonnes: number) => number;

/**
 * SMHI's figures per municipality and for Sweden, by year and SMHI's sector names: from the raw
 * files in ../shared/data where they are (a developer's machine), else from the committed
 * dataset.json, which the importer wrote from those same files (every figure to the
 * hundredth of a tonne, with its source), so a fresh clone on any machine runs this test too
 * (XLSX_FROM_DATASET=1 takes that way even where the raw files are).
 */
function smhiFigures(): { kommuner: Figures; sweden: Figures[number] | undefined } {
  if (hasRealReference && !process.env.XLSX_FROM_DATASET) {
    const readJson = (path: string) =>
      JSON.parse(readFileSync(join(REAL_REFERENCE, path), 'utf8')) as Omit<Figures[number], 'lan'>[];
    const codes = readFileSync(join(REAL_REFERENCE, 'raw/codes/municipality_county.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const lanOf = new Map(codes.map((c) => [c[2] ?? '', c[4] ?? '']));
    const kommuner = readJson('raw/emissions-smhi-thru2024/municipality-sector-emissions.json').map((k) => ({
      ...k,
      lan: lanOf.get(k.name) ?? '',
    }));
    const sweden = readJson('raw/emissions-smhi-thru2024/national-sector-emissions.json')[0];
    return { kommuner, sweden: sweden && { ...sweden, lan: 'Alla' } };
  }
  const dataset = datasetSchema.parse(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
  const smhiName = new Map(dataset.sectors.map((s) => [s.id, s.smhiName]));
  const bySmhiName = (sectors: Record<string, Record<string, number>>) =>
    Object.fromEntries(
      Object.entries(sectors).map(([year, values]) => [
        year,
        Object.fromEntries(Object.entries(values).map(([id, t]) => [smhiName.get(id) ?? id, t])),
      ]),
    );
  const cities = new Map(dataset.cities.map((c) => [c.id, c]));
  const kommuner = dataset.emissions
    .filter((e) => e.releaseId === dataset.currentReleaseId)
    .map((e) => ({
      name: cities.get(e.cityId)?.name ?? e.cityId,
      lan: cities.get(e.cityId)?.lan.name ?? '',
      sectors: bySmhiName(e.sectors),
    }));
  const national = dataset.nationalEmissions;
  return { kommuner, sweden: national && { name: 'Sverige', lan: 'Alla', sectors: bySmhiName(national.sectors) } };
}

/**
 * SMHI's "getexcelfile" export of the newest release as a workbook: preamble rows, the
 * header `Huvudsektor | Undersektor | Län | Kommun | <years>`, Sweden's rows, then per
 * municipality its total ("Alla", the sum of its sectors as SMHI's is) and its nine main sectors.
 */
function smhiWorkbook(change: Change = (_k, _y, _s, t) => t): Buffer {
  const { kommuner, sweden } = smhiFigures();
  const years = Object.keys(kommuner[0]?.sectors ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  // Summed in SECTORS' order and rounded to the hundredth, as the dataset's totals are.
  const total = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  const rows: unknown[][] = [
    ['Rapportnamn:', 'Länsrapport, 2026-06-15'],
    ['Emissioner av Växthusgaser totalt'],
    ['Enhet: ton/år'],
    ['CO2-ekv. efter ämnesnamn innebär att emissionen är uttryckt i CO2-ekvivalenter'],
    [],
    ['Huvudsektor', 'Undersektor', 'Län', 'Kommun', ...years],
    [
      'Alla',
      'Alla',
      'Alla',
      'Alla',
      ...years.map((y) => total(SECTORS.map((s) => sweden?.sectors[y]?.[s.smhiName] ?? 0))),
    ],
    ...SECTORS.map((s) => [
      s.smhiName,
      'Alla',
      'Alla',
      'Alla',
      ...years.map((y) => sweden?.sectors[y]?.[s.smhiName] ?? 0),
    ]),
  ];
  for (const kommun of kommuner) {
    const value = (year: number, sector: (typeof SECTORS)[number]) =>
      change(kommun.name, year, sector.id, kommun.sectors[year]?.[sector.smhiName] ?? Number.NaN);
    const lan = kommun.lan;
    rows.push(['Alla', 'Alla', lan, kommun.name, ...years.map((y) => total(SECTORS.map((s) => value(y, s))))]);
    for (const sector of SECTORS)
      rows.push([sector.smhiName, 'Alla', lan, kommun.name, ...years.map((y) => value(y, sector))]);
  }
  expect(JSON.stringify(rows)).not.toContain('null');
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Länsrapport');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

const only =
  (kommun: string, year: number, sectorId: string, apply: (t: number) => number): Change =>
  (k, y, s, t) =>
    k === kommun && y === year && s === sectorId ? apply(t) : t;

async function signIn(page: Page) {
  await page.goto('/admin?tab=releases');
  await interactive(page, 'admin');
  await page.getByLabel('Nyckel').fill(TOKEN);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Inloggad som e2e')).toBeVisible();
}

async function upload(page: Page, name: string, workbook: Buffer) {
  await page.getByLabel('Fil att ladda upp').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: workbook });
  const preview = page.getByRole('region', { name: /^Förhandsvisning/ });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  return preview;
}

async function currentRelease(request: APIRequestContext) {
  const response = await request.get('/api/v1/admin/releases/current', { headers: AUTH });
  expect(response.status()).toBe(200);
  return currentReleaseStateSchema.parse(await response.json());
}

test.describe("SMHI's Excel download in the admin UI", () => {
  test.describe.configure({ mode: 'serial' });
  let originalRelease = '';

  test.beforeAll(async ({ request }) => {
    originalRelease = (await currentRelease(request)).currentReleaseId ?? '';
  });

  // The other specs share this server and expect the seeded figures: make the seeded release current again.
  test.afterAll(async ({ request }) => {
    const { version } = await currentRelease(request);
    const response = await request.put('/api/v1/admin/releases/current', {
      headers: { ...AUTH, 'If-Match': `"${version}"` },
      data: { releaseId: originalRelease },
    });
    expect(response.ok()).toBe(true);
  });

  test("the raw figures as SMHI's .xlsx: read from the sheet, recognised as the release already stored", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page);
    const preview = await upload(page, 'smhi-getexcelfile.xlsx', smhiWorkbook());
    await expect(
      preview.getByText(`Den här versionen finns redan (${originalRelease}). Att importera den ändrar ingenting.`),
    ).toBeVisible();
    const fact = (term: string) =>
      preview
        .locator('.admin-facts div')
        .filter({ has: page.locator('dt', { hasText: term }) })
        .locator('dd');
    await expect(fact('Format')).toHaveText('SMHI:s Excel-fil (.xlsx)');
    await expect(fact('Kommuner i filen')).toHaveText('290 kommuner');
    await expect(fact('Andra kommuner (utelämnas)')).toHaveText('0');
    await expect(fact('Rader lästa')).toHaveText(/^2\s910$/);
    await expect(preview.getByRole('button', { name: 'Importera versionen' })).toHaveCount(0);
  });

  test('another coordinator imports after the preview: the import is refused, names theirs, and previews again', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    await signIn(page);
    const mine = smhiWorkbook(only('Umeå', 2024, 'waste', (t) => t + 1));
    const preview = await upload(page, 'smhi-mine.xlsx', mine);
    const comparedWith = (await currentRelease(request)).currentReleaseId;
    await expect(preview.getByText(`Ny version. Jämförd med den aktuella (${comparedWith}).`)).toBeVisible();

    // Meanwhile, through the API as another coordinator's browser would: preview, then import with that preview's version.
    const theirs = smhiWorkbook(only('Kalmar', 2024, 'waste', (t) => t + 2));
    const headers = { ...AUTH, 'Content-Type': XLSX_TYPE };
    const theirPreview = releasePreviewSchema.parse(
      await (
        await request.post('/api/v1/admin/releases/preview?fileName=theirs.xlsx', { headers, data: theirs })
      ).json(),
    );
    const imported = await request.post('/api/v1/admin/releases?fileName=theirs.xlsx', {
      headers: { ...headers, 'If-Match': `"${theirPreview.version}"` },
      data: theirs,
    });
    expect(imported.status()).toBe(201);
    const now = await currentRelease(request);

    await preview.getByRole('button', { name: 'Importera versionen' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Någon annan har ändrat den aktuella versionen' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(alert).toContainText(`Din förhandsvisning jämfördes med ${comparedWith}, men nu är`);
    await expect(alert).toContainText(`(${now.currentReleaseId}) aktuell (importerad`);
    await expect(alert).toContainText('av e2e). Inget har sparats.');
    await alert.getByRole('button', { name: 'Förhandsvisa igen' }).click();
    await expect(
      page
        .getByRole('region', { name: /^Förhandsvisning/ })
        .getByText(`Ny version. Jämförd med den aktuella (${now.currentReleaseId}).`),
    ).toBeVisible({ timeout: 30_000 });
  });

  test('a large change is a warning: Import is enabled only once it is confirmed', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page);
    const preview = await upload(page, 'smhi-lund.xlsx', smhiWorkbook(only('Lund', 2024, 'transport', (t) => t * 3)));
    const warnings = preview.getByRole('region', { name: 'Stora ändringar att bekräfta: 1' });
    await expect(warnings.getByRole('listitem')).toHaveText([
      /^Lund 2024: totalen ändras från .+ till .+ ton \(\+\d+,\d\s%\)$/,
    ]);
    const importButton = preview.getByRole('button', { name: 'Importera versionen' });
    await expect(importButton).toBeDisabled();
    await preview
      .getByRole('checkbox', { name: 'Jag har läst de stora ändringarna och vill importera filen ändå' })
      .check();
    await expect(importButton).toBeEnabled();
    await importButton.click();
    await expect(page.getByText(/är nu den aktuella versionen \(ändringslogg nr \d+\)/)).toBeVisible({
      timeout: 30_000,
    });
  });
});
