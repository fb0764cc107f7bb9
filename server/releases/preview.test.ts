/** POST /api/v1/admin/releases/preview on the real seeded data: the numbers a coordinator checks before importing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emissionsResponseSchema, releasePreviewSchema } from '../../contract/index.ts';
import { hasRealReference, REAL_REFERENCE } from '../../tests/fixtures/import/helpers.ts';
import {
  ANY_VERSION,
  createAdminApp,
  fingerprint,
  postRelease,
  previewThenImport,
  releaseJsonFromDataset,
  smhiCsvFromDataset,
  withoutColumn,
} from '../admin/test-support.ts';
import { getJson, testDataset } from '../test-helpers.ts';

const csv = smhiCsvFromDataset();
const years = testDataset().releases[0]?.years ?? [];
const post = postRelease;

describe('preview on the real data', () => {
  const lund2024 = testDataset().emissions.find((e) => e.cityId === 'lund')?.sectors['2024']?.transport ?? 0;
  const changed = smhiCsvFromDataset(testDataset(), {
    change: (city, year, sector, t) =>
      city === 'lund' && year === 2024 && sector === 'transport'
        ? t + 5000
        : city === 'umea' && year === 2015 && sector === 'waste'
          ? t - 250.5
          : t,
  });

  it('names the changed cities and years with their differences, and writes nothing', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const result = await post(app, changed, '/api/v1/admin/releases/preview?fileName=smhi-2026.csv');
    expect(result.status, result.text).toBe(200);
    const preview = releasePreviewSchema.parse(result.body);
    expect(fingerprint(db)).toEqual(before);
    expect(lund2024).toBeGreaterThan(0);
    expect(preview).toMatchObject({
      status: 'new',
      existingReleaseId: null,
      fileName: 'smhi-2026.csv',
      format: 'smhi-csv',
      comparedWith: 'smhi-thru2024',
      ignoredMunicipalities: 0,
      addedYears: [],
      removedYears: [],
      changedFigures: 2,
      release: { id: 'smhi-thru2024-2', published: '2026-06-15', dataThroughYear: 2024, years },
    });
    expect(preview.cityIds).toHaveLength(290);
    expect(preview.rowCount).toBe(1 + 290 * 11);
    const lundTotal = testDataset().emissions.find((e) => e.cityId === 'lund')?.totals['2024'] ?? 0;
    expect(preview.largestDifferences).toEqual([
      {
        cityId: 'lund',
        cityName: 'Lund',
        year: 2024,
        sectorId: null,
        currentTonnes: lundTotal,
        proposedTonnes: expect.closeTo(lundTotal + 5000, 2),
        changeTonnes: 5000,
        changePercent: Math.round((5000 / lundTotal) * 10000) / 100,
      },
      expect.objectContaining({ cityId: 'umea', year: 2015, changeTonnes: -250.5 }),
    ]);
  });

  it('reports added and removed years against the current release', async () => {
    const { app } = createAdminApp();
    const dropped = withoutColumn(csv, 5);
    const preview = releasePreviewSchema.parse((await post(app, dropped, '/api/v1/admin/releases/preview')).body);
    expect(preview.removedYears).toEqual([1990]);
    expect(preview.changedFigures).toBe(290 * 9);
    expect(preview.largestDifferences).toEqual([]);
  });

  it('says unchanged for the figures already stored, from either format', async () => {
    const { app } = createAdminApp();
    for (const body of [csv, JSON.stringify(releaseJsonFromDataset())]) {
      const preview = releasePreviewSchema.parse((await post(app, body, '/api/v1/admin/releases/preview')).body);
      expect(preview).toMatchObject({
        status: 'unchanged',
        existingReleaseId: 'smhi-thru2024',
        changedFigures: 0,
        largestDifferences: [],
      });
      expect(preview.release.id).toBe('smhi-thru2024');
    }
  });

  it('reads an export saved as Windows-1252 (Malmö, Skåne län) like the UTF-8 one, whatever the declared type', async () => {
    const { app } = createAdminApp();
    const latin1 = Buffer.from(csv, 'latin1');
    expect(latin1.length).toBeLessThan(Buffer.byteLength(csv));
    const preview = releasePreviewSchema.parse(
      (await post(app, latin1, '/api/v1/admin/releases/preview', { 'Content-Type': 'application/json' })).body,
    );
    expect(preview).toMatchObject({ status: 'unchanged', existingReleaseId: 'smhi-thru2024', format: 'smhi-csv' });
  });
});

describe.skipIf(!hasRealReference)("SMHI's real export (../shared/data, data to 2019)", () => {
  it("previews and imports it beside the seeded release, with SMHI's own totals", async () => {
    const { app } = createAdminApp();
    const body = readFileSync(join(REAL_REFERENCE, 'raw/emissions-smhi-thru2019/emissions_per_municipality.csv'));
    const { preview, imported } = await previewThenImport(app, body);
    expect(preview).toMatchObject({
      status: 'new',
      rowCount: 19656,
      ignoredMunicipalities: 0,
      release: { id: 'smhi-thru2019', published: '2021-10-14' },
    });
    expect(preview.addedYears).toEqual([2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019]);
    expect(preview.removedYears).toEqual([2020, 2021, 2022, 2023, 2024]);
    // The largest difference of all 290 is Lysekil's (a refinery); among the programme's, Stockholm's in 2005.
    expect(preview.largestDifferences[0]).toMatchObject({ cityId: 'lysekil' });
    expect(preview.largestDifferences.find((d) => d.cityId === 'stockholm')).toMatchObject({
      year: 2005,
      changeTonnes: 172088.07,
    });
    // Five years would no longer be shown: a large change the coordinator confirms (previewThenImport does).
    expect(preview.warnings[0]).toMatchObject({ kind: 'years-removed', years: [2020, 2021, 2022, 2023, 2024] });
    expect(imported.status, imported.text).toBe(201);
    const lund = emissionsResponseSchema.parse((await getJson(app, '/api/v1/emissions?cities=lund')).body).series[0];
    expect(lund?.releaseId).toBe('smhi-thru2019');
    expect(lund?.points[0]).toMatchObject({ year: 1990, tonnesCo2e: 330544.9646 });
  });

  it("recognises Klimatkollen's JSON of the seeded release as the same figures (unchanged)", async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const body = readFileSync(join(REAL_REFERENCE, 'raw/emissions-smhi-thru2024/municipality-sector-emissions.json'));
    const result = await post(app, body, '/api/v1/admin/releases', ANY_VERSION);
    expect(result.status, result.text).toBe(200);
    expect(result.body).toMatchObject({ status: 'unchanged', release: { id: 'smhi-thru2024' }, auditId: null });
    expect(fingerprint(db)).toEqual(before);
  });
});
