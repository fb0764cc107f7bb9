/**
 * The static export answers exactly what the server answers: every request the SPA makes
 * (and more), read through src/api/static-api.ts from the exported files, equals the real
 * app's answer for the same request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RANK_MEASURES } from '../../contract/index.ts';
import { createTestApp, getJson, openTestDatabase, TODAY } from '../../server/test-helpers.ts';
import { changeDayFor, staticAnswer, type StaticFileReader } from '../../src/api/static-api.ts';
import { changeDays, dayBefore, exportApiFiles, firstDayOf } from './api-files.ts';

const db = openTestDatabase();
const app = createTestApp({ db });
let files = new Map<string, string>();
const read: StaticFileReader = (path) => {
  const body = files.get(path);
  return Promise.resolve(
    body === undefined ? { status: 404, body: null } : { status: 200, body: JSON.parse(body) as unknown },
  );
};

beforeAll(async () => {
  files = await exportApiFiles(app, db, '2026-11-28T12:00:00.000Z');
}, 60_000);

async function expectSameAnswer(path: string) {
  const server = await getJson(app, path);
  const exported = await staticAnswer(path, read, { today: TODAY });
  expect(exported.status, path).toBe(server.status);
  if (server.status === 200) expect(exported.body, path).toEqual(server.body);
  else
    expect(exported.body, path).toMatchObject({ status: server.status, type: (server.body as { type: string }).type });
}

describe('change days', () => {
  it('are the days cities signed or joined, from 1990-01-01, with partial dates as their first day', () => {
    const days = changeDays(db);
    expect(days[0]).toBe('1990-01-01');
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2020-12-11');
    expect(days).toContain('2019-01-01');
    expect(firstDayOf('2019')).toBe('2019-01-01');
    expect(firstDayOf('2021-10')).toBe('2021-10-01');
    expect(dayBefore('2021-01-01')).toBe('2020-12-31');
    expect(changeDayFor(days, '2021-10-31')).toBe('2021-10-01');
    expect(changeDayFor(days, '2020-12-10')).toBe('2019-01-01');
    expect(changeDayFor(days, '2020-12-11')).toBe('2020-12-11');
  });
});

describe('the exported files answer as the server does', () => {
  it('for every request the SPA makes', async () => {
    const paths = [
      '/api/v1/health',
      '/api/v1/sectors',
      '/api/v1/releases',
      '/api/v1/openapi.json',
      '/api/v1/geo/lan',
      '/api/v1/cities',
      '/api/v1/contracts',
      '/api/v1/cities/malmo',
      '/api/v1/cities/lund',
      '/api/v1/emissions?from=1990&to=2050',
      '/api/v1/emissions?from=1990&to=2050&sectors=true',
      '/api/v1/emissions?from=1990&to=2050&cities=malmo,lund',
      '/api/v1/emissions?from=1990&to=2050&cities=lund&sectors=true',
      '/api/v1/emissions?from=1990&to=2050&cities=malmo&release=smhi-thru2024',
      ...RANK_MEASURES.map((m) => `/api/v1/standings?measure=${m}`),
      '/api/v1/standings',
      '/api/v1/sectors/changes',
      '/api/v1/cities/malmo/peers',
      '/api/v1/cities/umea/peers',
    ];
    for (const path of paths) await expectSameAnswer(path);
  });

  it('for any asOf day, including each change day, the day before it and the ends of the range', async () => {
    const days = new Set(['1990-01-01', '2100-12-31', '2021-10-31', '2022-12-31', '2021-02-28', TODAY]);
    for (const day of changeDays(db).slice(1)) {
      days.add(day);
      days.add(dayBefore(day));
    }
    for (const day of days) {
      for (const path of ['/api/v1/cities', '/api/v1/contracts', '/api/v1/cities/helsingborg', '/api/v1/cities/malmo'])
        await expectSameAnswer(`${path}?asOf=${day}`);
    }
  });

  it('for emissions filtered by cities and years, in the order asked', async () => {
    for (const query of [
      'cities=lund,malmo,lund&from=2015&to=2030',
      'from=2020',
      'to=2005',
      'from=2024&to=2024&sectors=true',
      'cities=umea&from=2030&to=2050',
      'sectors=false&from=1990&to=1990',
    ]) {
      await expectSameAnswer(`/api/v1/emissions?${query}`);
    }
  });

  it('with the same errors for unknown cities, releases and bad parameters', async () => {
    for (const path of [
      '/api/v1/cities/atlantis',
      '/api/v1/emissions?cities=malmo,atlantis',
      '/api/v1/emissions?from=1800',
      '/api/v1/emissions?from=2030&to=2020',
      '/api/v1/emissions?release=nope',
      '/api/v1/cities?asOf=2021-13-40',
      '/api/v1/contracts?asOf=1989-12-31',
      '/api/v1/nothing',
      '/api/v1/cities/atlantis/peers',
    ]) {
      await expectSameAnswer(path);
    }
  });
});
