/**
 * Bad input of every kind: each is an application/problem+json answer naming what was
 * wrong, and none is a server error.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, getJson } from './test-helpers.ts';

const logged: unknown[] = [];
const app = createTestApp({ logError: (error) => logged.push(error) });
const LONG = 'x'.repeat(10_000);

describe('malformed parameters are 400 problems naming the parameter', () => {
  it.each([
    ['/api/v1/emissions?from=abc', 'from'],
    ['/api/v1/emissions?from=19900', 'from'],
    ['/api/v1/emissions?from=1800', 'from'],
    ['/api/v1/emissions?from=2024&to=2015', 'from'],
    ['/api/v1/emissions?sectors=maybe', 'sectors'],
    ['/api/v1/emissions?colour=green', 'colour'],
    ['/api/v1/emissions?sectors=true&sectors=false', 'sectors'],
    ['/api/v1/cities?asOf=2021-13-40', 'asOf'],
    ['/api/v1/cities?asOf=2021-02-30', 'asOf'],
    ['/api/v1/cities?asOf=yesterday', 'asOf'],
    ['/api/v1/cities?asOf=2021-10-31T00:00:00Z', 'asOf'],
    ['/api/v1/cities?asOf=20211031', 'asOf'],
    ['/api/v1/cities?asOf=', 'asOf'],
    ['/api/v1/cities?asOf=2021-10-31&asOf=2022-12-31', 'asOf'],
    ['/api/v1/cities?asof=2021-10-31', 'asof'],
    ['/api/v1/cities/malmo?asOf=never', 'asOf'],
    ['/api/v1/contracts?asOf=2021-13-40', 'asOf'],
    ['/api/v1/contracts?cities=malmo', 'cities'],
    ['/api/v1/health?verbose=1', 'verbose'],
    ['/api/v1/sectors?lang=sv', 'lang'],
    ['/api/v1/openapi.json?format=yaml', 'format'],
  ])('%s names %s', async (path, parameter) => {
    const problem = expectProblem(await getJson(app, path), 400, parameter);
    expect(problem.type).toBe('/api/v1/problems/invalid-parameter');
    expect(problem.detail).toContain(parameter);
  });

  it('the problem says what was wrong and echoes the instance path', async () => {
    const problem = expectProblem(await getJson(app, '/api/v1/emissions?from=2024&to=2015'), 400, 'from');
    expect(problem.detail).toMatch(/from must not be after to/);
    expect(problem.instance).toBe('/api/v1/emissions');
  });

  it('an unknown parameter lists the allowed ones', async () => {
    const problem = expectProblem(await getJson(app, '/api/v1/emissions?colour=green'), 400, 'colour');
    expect(problem.detail).toContain('cities, from, to, sectors');
  });

  it('a parameter called __proto__ is unknown too, not silently ignored', async () => {
    expectProblem(await getJson(app, '/api/v1/cities?__proto__=1'), 400, '__proto__');
    expectProblem(await getJson(app, '/api/v1/emissions?__proto__=x&cities=malmo'), 400, '__proto__');
  });
});

describe('unknown cities are 404 problems', () => {
  it('/api/v1/cities/nope names id', async () => {
    const problem = expectProblem(await getJson(app, '/api/v1/cities/nope'), 404, 'id');
    expect(problem.type).toBe('/api/v1/problems/unknown-city');
  });

  it('/api/v1/emissions?cities=malmo,nope names cities and the unknown id', async () => {
    const problem = expectProblem(await getJson(app, '/api/v1/emissions?cities=malmo,nope'), 404, 'cities');
    expect(problem.detail).toContain('nope');
    expect(problem.detail).not.toContain('malmo');
  });
});

describe('hostile input never gives a 5xx', () => {
  const paths = [
    `/api/v1/cities?asOf=${LONG}`,
    `/api/v1/cities/${LONG}`,
    `/api/v1/emissions?cities=${LONG}`,
    `/api/v1/emissions?cities=${'malmo,'.repeat(2000)}malmo`,
    `/api/v1/emissions?from=${LONG}`,
    `/api/v1/emissions?${LONG}=1`,
    `/api/v1/${LONG}`,
    '/api/v1/cities?asOf=%00',
    '/api/v1/cities/%00',
    '/api/v1/emissions?cities=malmo%00',
    '/api/v1/cities?asOf=%ZZ',
    '/api/v1/cities/%ZZ',
    '/api/v1/cities?%ZZ=1',
    '/api/%ZZ',
    '/api/v1/cities/%',
    '/api/v1/emissions?cities=%',
    '/api/v1/cities/%F0%9F%98%80',
    '/api/v1/emissions?cities=%F0%9F%98%80',
    '/api/v1/cities?asOf=%F0%9F%98%80',
    '/api/v1/emissions?cities=%ED%A0%80',
    '/api/v1/cities/..%2F..%2Fetc',
    '/api/v1/cities/..%2F..%2F..%2Fetc%2Fpasswd',
    '/api/v1/cities/%2E%2E',
    '/api/v1/emissions?cities=..%2F..%2Fetc',
    '/api/v1/cities/malmo%2Fextra',
    '/api/v1/cities?constructor=1',
    '/api/v1/cities?toString=x',
    '/api/v1/emissions?cities=constructor',
    '/api/v1/cities/__proto__',
    '/api/v1/cities/constructor',
    '/api/v1/emissions?cities[]=malmo',
    '/api/v1/emissions?cities=malmo&cities=lund',
    '/api/v1/emissions?from=-2000',
    '/api/v1/emissions?from=+2000',
    '/api/v1/emissions?from=2e03',
    '/api/v1/emissions?from=٢٠٢٠',
    '/api/v1/emissions?to=0x7e8',
    '/api/v1/cities?asOf=0000-00-00',
    '/api/v1/cities?asOf=+02021-10-31',
  ];

  it.each(paths.map((p) => [p.length > 90 ? `${p.slice(0, 90)}… (${p.length} chars)` : p, p]))(
    '%s',
    async (_label, path) => {
      const result = await getJson(app, path);
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
      expectProblem(result, result.status);
      expect(logged).toEqual([]);
    },
  );

  it('a 10 000-character value or city id is shortened in the detail', async () => {
    for (const path of [`/api/v1/cities?asOf=${LONG}`, `/api/v1/emissions?from=${LONG}`, `/api/v1/cities/${LONG}`]) {
      const result = await getJson(app, path);
      const problem = expectProblem(result, result.status);
      expect(problem.detail.length, path.slice(0, 30)).toBeLessThan(300);
      expect(problem.detail).toContain('…');
    }
  });

  it('path traversal stays a 404 for an unknown city', async () => {
    expectProblem(await getJson(app, '/api/v1/cities/..%2F..%2Fetc'), 404, 'id');
  });
});
