/**
 * Hand-written answers of the write API, typed with the contract (`satisfies`) and parsed
 * with its schemas in admin-fixtures.test.ts. Figures are never invented: the preview's
 * numbers come from the recorded emissions, with one deliberate change (Malmö 2024
 * transport +100 000 t), the same change the end-to-end test uploads.
 */
import type {
  AuditEntry,
  AuditResponse,
  CitySigningsResponse,
  CurrentReleaseState,
  CityTargetsResponse,
  ReleaseImportResponse,
  ReleasePreview,
  ReleasesResponse,
  ReleaseSummary,
  SigningResponse,
  TargetsResponse,
} from '../contract/index.ts';
import { fixtures } from './fixtures.ts';

/** The token the mocks accept (`npm run dev:mock`, component tests). */
export const MOCK_ADMIN_TOKEN = 'mock-token-0123456789abcdef';
export const MOCK_ADMIN_NAME = 'mock-coordinator';

const { source: _source, ...storedRelease } = fixtures.cities.release;

/** The release the database is seeded with, as the release list shows it. */
export const seededRelease = {
  ...fixtures.cities.release,
  current: true,
  importedAt: null,
  importedBy: null,
  cityCount: fixtures.cities.cities.length,
} satisfies ReleaseSummary;

export const releasesFixture = {
  currentReleaseId: seededRelease.id,
  releases: [seededRelease],
} satisfies ReleasesResponse;

const malmo2024 = fixtures.emissions.series.find((s) => s.cityId === 'malmo')?.points.find((p) => p.year === 2024);
if (!malmo2024) throw new Error('The recorded emissions have no Malmö 2024');
const ADDED_TONNES = 100_000;

/** The upload as it would be stored: the same years, a new id. */
export const uploadedRelease = {
  ...storedRelease,
  id: `${storedRelease.id}-upload`,
  label: { sv: `${storedRelease.label.sv}, uppladdad`, en: `${storedRelease.label.en}, uploaded` },
} satisfies ReleasePreview['release'];

export const previewFixture = {
  status: 'new',
  release: uploadedRelease,
  existingReleaseId: null,
  fileName: 'smhi-export.csv',
  format: 'smhi-csv',
  rowCount: 290 * 9,
  cityIds: fixtures.cities.cities.map((c) => c.id),
  ignoredMunicipalities: 290 - fixtures.cities.cities.length,
  comparedWith: storedRelease.id,
  addedYears: [],
  removedYears: [],
  changedFigures: 1,
  largestDifferences: [
    {
      cityId: 'malmo',
      cityName: 'Malmö',
      year: 2024,
      sectorId: null,
      currentTonnes: malmo2024.tonnesCo2e,
      proposedTonnes: malmo2024.tonnesCo2e + ADDED_TONNES,
      changeTonnes: ADDED_TONNES,
      changePercent: (ADDED_TONNES / malmo2024.tonnesCo2e) * 100,
    },
  ],
  warnings: [],
  warningCount: 0,
  warningsHash: null,
  version: 'mock-releases-version-1',
} satisfies ReleasePreview;

/** The current release as `GET /api/v1/admin/releases/current` answers it. */
export const currentReleaseFixture = {
  currentReleaseId: seededRelease.id,
  release: seededRelease,
  version: previewFixture.version,
} satisfies CurrentReleaseState;

/** The same file again: already stored, importing is a no-op. */
export const unchangedPreviewFixture = {
  ...previewFixture,
  status: 'unchanged',
  release: storedRelease,
  existingReleaseId: storedRelease.id,
  changedFigures: 0,
  largestDifferences: [],
} satisfies ReleasePreview;

export const importFixture = {
  status: 'created',
  release: {
    ...uploadedRelease,
    source: fixtures.cities.release.source,
    current: true,
    importedAt: '2026-11-28T20:15:00Z',
    importedBy: MOCK_ADMIN_NAME,
    cityCount: 23,
  },
  auditId: 4,
} satisfies ReleaseImportResponse;

/** The version every mocked read answers (`ETag: "mock-version-1"`); a write answers the next. */
export const MOCK_VERSION = 'mock-version-1';
export const MOCK_NEXT_VERSION = 'mock-version-2';

export const signingFixture = {
  signing: {
    cityId: 'malmo',
    versionId: '2026',
    kind: 'contract',
    signedOn: '2026-12-08',
    dateCertainty: 'stated',
    sourceIds: ['admin-4'],
    note: { sv: '', en: '' },
  },
  created: true,
  auditId: 5,
  version: MOCK_NEXT_VERSION,
} satisfies SigningResponse;

export const targetsFixture = {
  cityId: 'lund',
  targets: fixtures.cityDetails.lund?.targets ?? [],
  auditId: 6,
  version: MOCK_NEXT_VERSION,
} satisfies TargetsResponse;

/** GET /admin/cities/:id/targets: the recorded city detail's targets. */
export function cityTargetsFixture(cityId: string): CityTargetsResponse {
  return { cityId, targets: fixtures.cityDetails[cityId]?.targets ?? [], version: MOCK_VERSION };
}

/** GET /admin/cities/:id/signings: the recorded signings of the city, all from the curated dataset. */
export function citySigningsFixture(cityId: string): CitySigningsResponse {
  const signings = fixtures.contracts.signings
    .filter((s) => s.cityId === cityId)
    .map((s) => ({ ...s, origin: 'curated' as const }));
  const ids = new Set(signings.flatMap((s) => s.sourceIds));
  return { cityId, signings, sources: fixtures.contracts.sources.filter((s) => ids.has(s.id)), version: MOCK_VERSION };
}

/** Three writes, newest first. */
export const auditEntries = [
  {
    id: 3,
    at: '2026-11-28T19:40:00Z',
    actor: MOCK_ADMIN_NAME,
    action: 'targets.replace',
    subject: 'lund',
    summary: { sv: 'Lunds mål ersattes (1 mål).', en: "Lund's targets replaced (1 target)." },
    before: { targets: [] },
    after: { targets: fixtures.cityDetails.lund?.targets ?? [] },
  },
  {
    id: 2,
    at: '2026-11-28T19:30:00Z',
    actor: MOCK_ADMIN_NAME,
    action: 'release.current',
    subject: storedRelease.id,
    summary: { sv: `${storedRelease.id} blev aktuell.`, en: `${storedRelease.id} became current.` },
    before: { currentReleaseId: uploadedRelease.id },
    after: { currentReleaseId: storedRelease.id },
  },
  {
    id: 1,
    at: '2026-11-28T19:20:00Z',
    actor: 'cli:coordinator',
    action: 'release.import',
    subject: uploadedRelease.id,
    summary: { sv: `Version ${uploadedRelease.id} importerades.`, en: `Release ${uploadedRelease.id} imported.` },
    before: null,
    after: { releaseId: uploadedRelease.id, cities: 23 },
  },
] satisfies AuditEntry[];

/** One page of the log, as `GET /api/v1/admin/audit?limit&before` answers. */
export function auditPage(limit: number, before: number | null): AuditResponse {
  const older = auditEntries.filter((e) => before === null || e.id < before);
  const entries = older.slice(0, limit);
  const last = entries.at(-1);
  return { entries, nextBefore: older.length > limit && last ? last.id : null };
}
