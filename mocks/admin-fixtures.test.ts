import {
  adminSessionResponseSchema,
  auditResponseSchema,
  currentReleaseStateSchema,
  releaseImportResponseSchema,
  releasePreviewSchema,
  releasesResponseSchema,
  citySigningsResponseSchema,
  cityTargetsResponseSchema,
  signingResponseSchema,
  targetsResponseSchema,
} from '../contract/index.ts';
import {
  auditPage,
  citySigningsFixture,
  cityTargetsFixture,
  currentReleaseFixture,
  importFixture,
  MOCK_ADMIN_NAME,
  previewFixture,
  releasesFixture,
  signingFixture,
  targetsFixture,
  unchangedPreviewFixture,
} from './admin-fixtures.ts';
import { fixtures } from './fixtures.ts';

describe('admin MSW fixtures satisfy the contract', () => {
  it('parses every answer with its schema', () => {
    expect(() => releasesResponseSchema.parse(releasesFixture)).not.toThrow();
    expect(() => releasePreviewSchema.parse(previewFixture)).not.toThrow();
    expect(() => releasePreviewSchema.parse(unchangedPreviewFixture)).not.toThrow();
    expect(() => releaseImportResponseSchema.parse(importFixture)).not.toThrow();
    expect(() => currentReleaseStateSchema.parse(currentReleaseFixture)).not.toThrow();
    expect(() => signingResponseSchema.parse(signingFixture)).not.toThrow();
    expect(() => targetsResponseSchema.parse(targetsFixture)).not.toThrow();
    expect(() => cityTargetsResponseSchema.parse(cityTargetsFixture('lund'))).not.toThrow();
    expect(citySigningsResponseSchema.parse(citySigningsFixture('malmo')).signings.length).toBeGreaterThan(0);
    expect(() => adminSessionResponseSchema.parse({ name: MOCK_ADMIN_NAME })).not.toThrow();
    expect(() => auditResponseSchema.parse(auditPage(2, null))).not.toThrow();
  });

  it('takes the preview’s figures from the recorded emissions, with one change of +100 000 t', () => {
    const recorded = fixtures.emissions.series
      .find((s) => s.cityId === 'malmo')
      ?.points.find((p) => p.year === 2024)?.tonnesCo2e;
    const [difference] = previewFixture.largestDifferences;
    expect(difference?.currentTonnes).toBe(recorded);
    expect((difference?.proposedTonnes ?? 0) - (difference?.currentTonnes ?? 0)).toBe(100_000);
  });

  it('pages the audit log newest first, with nextBefore until the last page', () => {
    const first = auditPage(2, null);
    expect(first.entries.map((e) => e.id)).toEqual([3, 2]);
    expect(first.nextBefore).toBe(2);
    expect(auditPage(2, 2)).toEqual({ entries: [expect.objectContaining({ id: 1 })], nextBefore: null });
  });
});
