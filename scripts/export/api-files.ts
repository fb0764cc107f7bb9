/**
 * The static export's API files: every read answer the SPA can ask for, taken from the real
 * Hono app with `app.request()` (so no domain logic is repeated here), keyed by the file path
 * that src/api/static-api.ts reads. See that module for how a request picks its file.
 */
import { RANK_MEASURES } from '../../contract/index.ts';
import type { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/connection.ts';
import { loadSnapshot } from '../../server/db/snapshot.ts';
import { STATIC_FORMAT, staticPaths, type StaticManifest } from '../../src/api/static-api.ts';

type App = ReturnType<typeof createApp>;

export const FIRST_AS_OF = '1990-01-01';
export const LAST_AS_OF = '2100-12-31';

/**
 * The days on which an `asOf` answer can change: a contract standing compares `asOf` with
 * the days cities signed (contracts, letters of intent), joined the programme and left it, and nothing else
 * (server/domain/contracts.ts). Read from the current release's snapshot; ascending, from 1990-01-01.
 */
export function changeDays(db: Db): string[] {
  const snapshot = loadSnapshot(db);
  const days = new Set<string>([FIRST_AS_OF]);
  for (const s of snapshot.signings) days.add(firstDayOf(s.signedOn));
  for (const m of snapshot.memberships) {
    days.add(m.joinedOn);
    if (m.leftOn) days.add(m.leftOn);
  }
  return [...days].filter((d) => d >= FIRST_AS_OF && d <= LAST_AS_OF).sort();
}

/**
 * A day, month or year ('2019', '2021-10') as the first full day on or after it in the string
 * order the server compares with: '2019' <= asOf holds from '2019-01-01' on.
 */
export function firstDayOf(date: string): string {
  return `${date}${'-01-01'.slice(date.length - 4)}`;
}

export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

async function text(app: App, path: string): Promise<string> {
  const response = await app.request(path);
  const body = await response.text();
  if (response.status !== 200)
    throw new Error(`The server answered ${path} with HTTP ${response.status}: ${body.slice(0, 300)}`);
  return body;
}

/** Like text(), but null when the app has no such resource (404): endpoints added later are exported once they exist. */
async function optionalText(app: App, path: string): Promise<string | null> {
  const response = await app.request(path);
  if (response.status === 404) return null;
  const body = await response.text();
  if (response.status !== 200)
    throw new Error(`The server answered ${path} with HTTP ${response.status}: ${body.slice(0, 300)}`);
  return body;
}

/** A body with its `asOf` taken out, to compare two days' answers. */
function withoutAsOf(body: string): string {
  const { asOf: _asOf, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * Every API file of the export, path → exact body the server sent. Throws when an `asOf` answer
 * differs between a change day and the day before the next one, which would make a file wrong for
 * the days it stands for.
 */
export async function exportApiFiles(app: App, db: Db, exportedAt: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const days = changeDays(db);
  const cities = JSON.parse(await text(app, `/api/v1/cities?asOf=${LAST_AS_OF}`)) as {
    release: { id: string };
    cities: { id: string }[];
  };
  const cityIds = cities.cities.map((c) => c.id);

  files.set(staticPaths.health, await text(app, '/api/v1/health'));
  files.set(staticPaths.sectors, await text(app, '/api/v1/sectors'));
  files.set(staticPaths.releases, await text(app, '/api/v1/releases'));
  files.set(staticPaths.openapi, await text(app, '/api/v1/openapi.json'));
  files.set(staticPaths.geoLan, await text(app, '/api/v1/geo/lan'));
  for (const measure of RANK_MEASURES)
    files.set(staticPaths.standings(measure), await text(app, `/api/v1/standings?measure=${measure}`));
  files.set(staticPaths.emissions(false), await text(app, '/api/v1/emissions'));
  files.set(staticPaths.emissions(true), await text(app, '/api/v1/emissions?sectors=true'));
  const optional: [string, string][] = [
    [staticPaths.sectorChanges, '/api/v1/sectors/changes'],
    [staticPaths.programmeComparison, '/api/v1/programme/comparison'],
    ...cityIds.map((id): [string, string] => [staticPaths.peers(id), `/api/v1/cities/${id}/peers`]),
  ];
  for (const [file, path] of optional) {
    const body = await optionalText(app, path);
    if (body !== null) files.set(file, body);
  }

  const asOfFiles: [(day: string) => string, string][] = [
    [staticPaths.cities, '/api/v1/cities'],
    [staticPaths.municipalities, '/api/v1/municipalities'],
    [staticPaths.contracts, '/api/v1/contracts'],
    ...cityIds.map((id): [(day: string) => string, string] => [
      (day) => staticPaths.city(id, day),
      `/api/v1/cities/${id}`,
    ]),
  ];
  for (const [file, path] of asOfFiles) {
    for (const [i, day] of days.entries()) {
      const body = await text(app, `${path}?asOf=${day}`);
      const next = days[i + 1];
      const lastDay = next ? dayBefore(next) : LAST_AS_OF;
      if (lastDay !== day && withoutAsOf(await text(app, `${path}?asOf=${lastDay}`)) !== withoutAsOf(body)) {
        throw new Error(
          `${path}: the answer for ${lastDay} differs from ${day}'s, so one file per change day would be wrong. Check changeDays().`,
        );
      }
      files.set(file(day), body);
    }
  }

  const manifest: StaticManifest = {
    format: STATIC_FORMAT,
    releaseId: cities.release.id,
    changeDays: days,
    cityIds,
    standingsMeasures: [...RANK_MEASURES],
    exportedAt,
  };
  files.set(staticPaths.manifest, JSON.stringify(manifest));
  return files;
}
