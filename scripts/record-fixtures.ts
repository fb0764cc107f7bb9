/**
 * `npm run fixtures`: records the MSW fixtures from the real API over the committed
 * dataset, so mocks answer exactly what the server would (with "today" fixed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STANDINGS_MEASURES } from '../contract/index.ts';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/database.ts';
import { readDatasetFile } from '../server/db/open.ts';

export const FIXTURE_TODAY = '2026-11-28';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'mocks/fixtures');

if (process.argv.includes('--help')) {
  console.log('Usage: npm run fixtures\nRecords mocks/fixtures/*.json from the real API over data/dataset.json.');
  process.exit(0);
}

const OUTSIDER = 'habo';
const db = openDatabase({ path: ':memory:', dataset: readDatasetFile(resolve(root, 'data/dataset.json')) });
const app = createApp({ db, today: () => FIXTURE_TODAY });

async function get(path: string): Promise<unknown> {
  const response = await app.request(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

const cities = (await get('/api/v1/cities')) as { cities: { id: string }[] };
/** The programme's members and one municipality outside it (Håbo), for its page. */
const recorded = [...cities.cities.map((c) => c.id), OUTSIDER];
const details: Record<string, unknown> = {};
for (const id of recorded) details[id] = await get(`/api/v1/cities/${id}`);
const peers: Record<string, unknown> = {};
for (const id of recorded) peers[id] = await get(`/api/v1/cities/${id}/peers`);

const files: Record<string, unknown> = {
  'cities.json': cities,
  'cities-all.json': await get('/api/v1/cities?scope=all'),
  'municipalities.json': await get('/api/v1/municipalities'),
  'programme-comparison.json': await get('/api/v1/programme/comparison'),
  'city-details.json': details,
  'emissions.json': await get(`/api/v1/emissions?sectors=true&cities=${recorded.join(',')}`),
  'sectors.json': await get('/api/v1/sectors'),
  'contracts.json': await get('/api/v1/contracts'),
  'releases.json': await get('/api/v1/releases'),
  'geo.json': await get('/api/v1/geo/lan'),
  'peers.json': peers,
  'sector-changes.json': await get('/api/v1/sectors/changes'),
  'standings.json': Object.fromEntries(
    await Promise.all(
      STANDINGS_MEASURES.map(async (m): Promise<[string, unknown]> => [m, await get(`/api/v1/standings?measure=${m}`)]),
    ),
  ),
};
mkdirSync(outDir, { recursive: true });
for (const [name, body] of Object.entries(files)) writeFileSync(resolve(outDir, name), `${JSON.stringify(body)}\n`);
console.log(`Wrote ${Object.keys(files).length} fixtures to ${outDir}`);
