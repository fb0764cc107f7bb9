/**
 * Large changes against the current release are warnings in the preview, and an import with
 * warnings goes through only with the preview's warningsHash (`confirmWarnings`): otherwise a
 * 422 that says so, with nothing written.
 */
import { describe, expect, it } from 'vitest';
import { releaseImportResponseSchema, releasePreviewSchema } from '../../contract/index.ts';
import {
  ANY_VERSION,
  createAdminApp,
  fingerprint,
  postRelease,
  previewThenImport,
  smhiCsvFromDataset,
  withoutColumn,
} from '../admin/test-support.ts';
import { expectProblem, testDataset } from '../test-helpers.ts';

const dataset = testDataset();
const series = (cityId: string) =>
  dataset.emissions.find((e) => e.cityId === cityId && e.releaseId === dataset.currentReleaseId);
const lundTotal2024 = series('lund')?.totals['2024'] ?? 0;
const lundTransport2024 = series('lund')?.sectors['2024']?.transport ?? 0;

/** Lund 2024 transport tripled (its total up by far more than 50 % and 10 000 t); Umeå 2015 waste +1 t (no warning). */
const tripled = smhiCsvFromDataset(dataset, {
  change: (c, y, s, t) =>
    c === 'lund' && y === 2024 && s === 'transport' ? t * 3 : c === 'umea' && y === 2015 && s === 'waste' ? t + 1 : t,
});

async function preview(app: ReturnType<typeof createAdminApp>['app'], body: string) {
  const result = await postRelease(app, body, '/api/v1/admin/releases/preview');
  expect(result.status, result.text).toBe(200);
  return releasePreviewSchema.parse(result.body);
}

describe('warnings in the preview', () => {
  it('a city-year total changing by more than 50 % and 10 000 t, stating the rule', async () => {
    const { app } = createAdminApp();
    const body = await preview(app, tripled);
    const proposed = lundTotal2024 + 2 * lundTransport2024;
    expect(lundTransport2024 * 2).toBeGreaterThan(Math.max(10_000, lundTotal2024 / 2));
    expect(body.warningCount).toBe(1);
    expect(body.warnings).toEqual([
      {
        kind: 'total-change',
        cityId: 'lund',
        cityName: 'Lund',
        year: 2024,
        years: [],
        sectorId: null,
        sectorName: null,
        currentTonnes: lundTotal2024,
        proposedTonnes: expect.closeTo(proposed, 1),
        message: expect.stringMatching(
          /^Lund 2024: the total changes from [\d ]+(\.\d+)? t to [\d ]+(\.\d+)? t \(\+\d+ %, \+[\d ]+(\.\d+)? t\), more than 50 % and more than 10 000 t$/,
        ),
      },
    ]);
    expect(body.warningsHash).toMatch(/^[\w-]{22}$/);
  });

  it('a sector appearing or vanishing, and years removed', async () => {
    const { app } = createAdminApp();
    const gone = smhiCsvFromDataset(dataset, {
      change: (c, y, s, t) => (c === 'malmo' && y === 2020 && s === 'agriculture' ? 0 : t),
    });
    // The 1990 column dropped as well: every city loses a year.
    const dropped = withoutColumn(gone, 5);
    const body = await preview(app, dropped);
    const malmoAgriculture = series('malmo')?.sectors['2020']?.agriculture ?? 0;
    expect(malmoAgriculture).toBeGreaterThan(1000);
    expect(body.warnings.map((w) => [w.kind, w.cityId, w.year, w.sectorName])).toEqual([
      ['years-removed', null, 1990, null],
      ['sector-vanishes', 'malmo', 2020, 'Jordbruk'],
    ]);
    expect(body.warnings[0]?.message).toBe(
      'year 1990 would no longer be shown: the current release smhi-thru2024 has it, the upload does not',
    );
  });

  it('no warnings: a small change, and the figures already stored', async () => {
    const { app } = createAdminApp();
    const small = smhiCsvFromDataset(dataset, {
      change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'transport' ? t + 9_999 : t),
    });
    expect(await preview(app, small)).toMatchObject({ warnings: [], warningCount: 0, warningsHash: null });
    expect(await preview(app, smhiCsvFromDataset())).toMatchObject({
      status: 'unchanged',
      warnings: [],
      warningsHash: null,
    });
  });
});

describe('an import with warnings needs them confirmed', () => {
  it('without confirmWarnings, or with another hash: 422 saying so, nothing written', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    for (const query of ['', '?confirmWarnings=abcdefghijklmnopqrstuv']) {
      const result = await postRelease(app, tripled, `/api/v1/admin/releases${query}`, ANY_VERSION);
      const problem = expectProblem(result, 422);
      expect(problem.type).toBe('/api/v1/problems/unconfirmed-warnings');
      expect(problem.detail).toMatch(
        /^The import would make 1 large change against the current release smhi-thru2024 that was not confirmed; nothing was stored\. First: Lund 2024: the total changes/,
      );
      expect(problem.detail).toContain("import it with confirmWarnings=<the preview's warningsHash>");
      expect(result.body).toMatchObject({ warningCount: 1, warnings: [{ kind: 'total-change', cityId: 'lund' }] });
    }
    expect(fingerprint(db)).toEqual(before);
  });

  it("with the preview's warningsHash: imported", async () => {
    const { app } = createAdminApp();
    const { preview: body, imported } = await previewThenImport(app, tripled);
    expect(body.warningsHash).not.toBeNull();
    expect(imported.status, imported.text).toBe(201);
    expect(releaseImportResponseSchema.parse(imported.body).release.id).toBe('smhi-thru2024-2');
  });

  it('a malformed confirmWarnings is a 400 naming the parameter', async () => {
    const { app } = createAdminApp();
    expectProblem(
      await postRelease(app, tripled, '/api/v1/admin/releases?confirmWarnings=%22x%22', ANY_VERSION),
      400,
      'confirmWarnings',
    );
  });
});
