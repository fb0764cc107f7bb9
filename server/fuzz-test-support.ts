/**
 * What the fuzz tests (app.fuzz and site.fuzz) draw their requests from: a seeded pick, the admin
 * API's paths and the bodies sent to it. Imported only by `*.test.ts` files.
 */
import { releaseJsonFromDataset, smhiCsvFromDataset } from './admin/test-support.ts';

/** One element of a list, chosen by the seeded random numbers. */
export function picker(random: () => number) {
  return <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
}

/** Rate limits no fuzz run reaches: every request is answered on its own merits. */
export const UNLIMITED_RATES = {
  failedAuth: { capacity: 1e6, refillPerSecond: 1 },
  writes: { capacity: 1e6, refillPerSecond: 1 },
};

/** Query parameters the read API takes (each fuzz test adds its own routes'). */
export const QUERY_NAMES = ['cities', 'from', 'to', 'sectors', 'asOf'];
/** Parameter names no route takes: empty, prototype keys, a bad escape, PHP's array syntax. */
export const HOSTILE_NAMES = ['', '__proto__', '%ZZ', 'cities[]'];

/** Path segments that name nothing, climb, or are encoded wrongly (the fuzz tests add their routes' own). */
export const PATH_SEGMENTS = ['malmo', 'nope', '..', '.', '%2F', '%00', '%ZZ', '%F0%9F%98%80', '', 'openapi.json'];

/** Paths under /api/v1/admin/: every route, with bad parameters, a bad city and a made-up one. */
export const ADMIN_FUZZ_PATHS = [
  'session',
  'releases',
  'releases/preview',
  'releases/current',
  'signings',
  'cities/malmo/targets',
  'cities/nope/targets',
  'audit',
  'audit?limit=2',
  'audit?before=abc',
  'releases?fileName=a.csv&published=2026',
  'nope',
];

/**
 * Bodies for the admin API, each made when picked: cut and re-separated SMHI exports, cut release
 * JSON, requests with wrong fields, a prototype-pollution attempt, odd code points and nothing.
 */
export function adminFuzzBodies(random: () => number): (() => string)[] {
  const pick = picker(random);
  const csv = smhiCsvFromDataset();
  const releaseJson = JSON.stringify(releaseJsonFromDataset());
  return [
    () => csv.slice(0, Math.floor(random() * 4000)),
    () => csv.replace(/;/g, pick([',', '\t'])).slice(0, 5000),
    () => releaseJson.slice(0, Math.floor(random() * releaseJson.length)),
    () => JSON.stringify({ releaseId: pick(['smhi-thru2024', 'nope', '', 5, null]) }),
    () =>
      JSON.stringify({
        cityId: pick(['lund', 'nope', '__proto__']),
        versionId: pick(['2024', 'x']),
        kind: pick(['contract', 'letter-of-intent', 'x']),
        signedOn: pick(['2024-12-06', '2024-02-30', '']),
        sourceUrl: pick(['https://a.se', 'javascript:alert(1)']),
      }),
    () => JSON.stringify({ targets: pick([[], [{}], 'x', null]) }),
    () => '{"__proto__": {"polluted": true}}',
    () => '\u0000\uFFFF\uD800',
    () => '',
  ];
}
