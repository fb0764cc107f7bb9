/**
 * The read API answered from the files of a static export (`npm run export`), for a copy
 * served by any static file server with no Node process. Every file is the real server's
 * answer, written by scripts/export.ts through `app.request()`; this module only picks
 * the file for a request and applies the plain filters the server applies to it:
 *
 * - `/emissions`: one file with every city over 1990–2050 (and one with sectors). The
 *   server's `cities`, `from` and `to` only select series and keep the points and path
 *   points whose year is in range, and the server and this reader apply the one selection
 *   of contract/clip.ts, so they give the same answer. Errors are contract/problem.ts's.
 * - `asOf` answers (`/cities`, `/cities/:id`, `/contracts`) change only on the days a city
 *   signed or joined: one file per such day (plus 1990-01-01), and a request takes the
 *   newest day on or before its `asOf` (today in Sweden when none is given), with `asOf`
 *   set to the day asked for. The export checks this by asking the server for the day
 *   before each change day too.
 * - Only the current release is exported: `?release=` of any other release is a 404.
 */
import { selectCities, selectEmissions } from '../../contract/clip.ts';
import { asOfSchema } from '../../contract/common.ts';
import { emissionsQuerySchema, type EmissionsResponse } from '../../contract/emissions.ts';
import {
  invalidParameterProblem,
  problemDocument,
  PROBLEM_TYPES,
  unknownCityProblem,
  type ProblemInit,
} from '../../contract/problem.ts';
import { parseQueryParams } from '../../contract/query.ts';

export const STATIC_FORMAT = 'klimatneutrala-stader/static-export@1';

/** Written at `/api/v1/static.json`: what the export holds. */
export interface StaticManifest {
  format: typeof STATIC_FORMAT;
  /** The current release when exported; the only one in the copy. */
  releaseId: string;
  /** Every day on which an `asOf` answer changes, ascending; the first is 1990-01-01. */
  changeDays: string[];
  cityIds: string[];
  standingsMeasures: string[];
  exportedAt: string;
}

/** File paths of the export, shared by the exporter and this reader. */
export const staticPaths = {
  manifest: '/api/v1/static.json',
  health: '/api/v1/health.json',
  sectors: '/api/v1/sectors.json',
  releases: '/api/v1/releases.json',
  openapi: '/api/v1/openapi.json',
  geoLan: '/api/v1/geo/lan.json',
  standings: (measure: string) => `/api/v1/standings/${measure}.json`,
  emissions: (sectors: boolean) => (sectors ? '/api/v1/emissions/all-sectors.json' : '/api/v1/emissions/all.json'),
  cities: (day: string) => `/api/v1/cities/as-of/${day}.json`,
  municipalities: (day: string) => `/api/v1/municipalities/as-of/${day}.json`,
  programmeComparison: '/api/v1/programme/comparison.json',
  city: (id: string, day: string) => `/api/v1/cities/${id}/as-of/${day}.json`,
  contracts: (day: string) => `/api/v1/contracts/as-of/${day}.json`,
  peers: (id: string) => `/api/v1/cities/${id}/peers.json`,
  sectorChanges: '/api/v1/sectors/changes.json',
};

/** One answer: the status and the parsed JSON body, as the server would give it. */
export interface StaticAnswer {
  status: number;
  body: unknown;
}

/** Reads one file of the export; a missing file is a 404 with a null body. */
export type StaticFileReader = (path: string, signal?: AbortSignal) => Promise<StaticAnswer>;

/** The newest change day on or before `asOf`; days are ISO dates, so they sort as strings. */
export function changeDayFor(changeDays: readonly string[], asOf: string): string {
  let chosen = changeDays[0] ?? '1990-01-01';
  for (const day of changeDays) if (day <= asOf) chosen = day;
  return chosen;
}

/** A problem answer, built as the server builds it (contract/problem.ts). */
function problem({ status, detail, options }: ProblemInit, instance: string): StaticAnswer {
  return { status, body: problemDocument(status, detail, { ...options, instance }) };
}

/** The manifest is read once per reader (one page load), not with every request. */
const manifests = new WeakMap<StaticFileReader, Promise<StaticManifest>>();

function readManifest(read: StaticFileReader, signal?: AbortSignal): Promise<StaticManifest> {
  let pending = manifests.get(read);
  if (!pending) {
    pending = read(staticPaths.manifest, signal).then((answer) => {
      if (answer.status !== 200)
        throw new Error(`The static copy has no ${staticPaths.manifest} (HTTP ${answer.status}).`);
      return answer.body as StaticManifest;
    });
    manifests.set(read, pending);
    // A failed read (offline, aborted) is tried again next time.
    pending.catch(() => manifests.delete(read));
  }
  return pending;
}

export function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** One request against the export: where it goes, what it asks, and how to read the files. */
interface StaticRequest {
  url: URL;
  route: string;
  query: Record<string, string>;
  read: StaticFileReader;
  signal: AbortSignal | undefined;
  manifest: () => Promise<StaticManifest>;
  today: string;
}

const FIXED: Record<string, string> = {
  '/api/v1/health': staticPaths.health,
  '/api/v1/sectors': staticPaths.sectors,
  '/api/v1/releases': staticPaths.releases,
  '/api/v1/openapi.json': staticPaths.openapi,
  '/api/v1/geo/lan': staticPaths.geoLan,
};

/**
 * Answers `path` (as the client would send it to the server) from the export's files.
 * `today` is the day in Sweden, used for `asOf` answers asked without one.
 */
export async function staticAnswer(
  path: string,
  read: StaticFileReader,
  options: { today: string; signal?: AbortSignal },
): Promise<StaticAnswer> {
  const url = new URL(path, 'http://static.invalid');
  const route = url.pathname.replace(/\/+$/, '');
  const { signal } = options;
  const request: StaticRequest = {
    url,
    route,
    query: Object.fromEntries(url.searchParams),
    read,
    signal,
    manifest: () => readManifest(read, signal),
    today: options.today,
  };
  const fixedPath = FIXED[route];
  if (fixedPath) return read(fixedPath, signal);
  const otherRelease = await otherReleaseProblem(request);
  if (otherRelease) return otherRelease;
  if (route === '/api/v1/sectors/changes') return read(staticPaths.sectorChanges, signal);
  if (route === '/api/v1/programme/comparison') return read(staticPaths.programmeComparison, signal);
  const peers = /^\/api\/v1\/cities\/([^/]+)\/peers$/.exec(route);
  if (peers) return peersAnswer(request, decodeURIComponent(peers[1] ?? ''));
  if (route === '/api/v1/standings') return standingsAnswer(request);
  if (route === '/api/v1/emissions') return emissionsAnswer(url, read, request.manifest, signal);
  const asOfRoute =
    route === '/api/v1/cities' ||
    route === '/api/v1/municipalities' ||
    route === '/api/v1/contracts' ||
    /^\/api\/v1\/cities\/[^/]+$/.test(route);
  if (asOfRoute) return asOfAnswer(request);
  return problem({ status: 404, detail: `No API resource at ${route} in this static copy.`, options: {} }, route);
}

/** `?release=` of a release the copy does not hold: a 404, as the server gives for an unknown one. */
async function otherReleaseProblem({ query, route, manifest }: StaticRequest): Promise<StaticAnswer | null> {
  if (query.release === undefined) return null;
  const { releaseId } = await manifest();
  if (query.release === releaseId) return null;
  return problem(
    {
      status: 404,
      detail: `This static copy holds only the current release '${releaseId}', not '${query.release}'.`,
      options: { type: PROBLEM_TYPES.unknownRelease, title: 'Unknown release', parameter: 'release' },
    },
    route,
  );
}

async function peersAnswer({ read, signal, route }: StaticRequest, id: string): Promise<StaticAnswer> {
  const answer = await read(staticPaths.peers(encodeURIComponent(id)), signal);
  if (answer.status !== 404) return answer;
  return problem(unknownCityProblem(id), route);
}

async function standingsAnswer({ read, signal, route, query }: StaticRequest): Promise<StaticAnswer> {
  const measure = query.measure ?? 'changeSince2015Percent';
  const answer = await read(staticPaths.standings(encodeURIComponent(measure)), signal);
  if (answer.status !== 404) return answer;
  return problem(
    invalidParameterProblem(
      `Invalid parameter 'measure': no standings for '${measure}' in this static copy.`,
      'measure',
    ),
    route,
  );
}

/** `/cities`, `/cities/:id` and `/contracts`: the file of the newest change day on or before `asOf`. */
async function asOfAnswer({ read, signal, route, query, manifest, today }: StaticRequest): Promise<StaticAnswer> {
  const asOf = query.asOf ?? today;
  const valid = asOfSchema.safeParse(asOf);
  if (!valid.success)
    return problem(
      invalidParameterProblem(
        `Invalid parameter 'asOf' (got '${asOf.slice(0, 80)}'): ${valid.error.issues[0]?.message ?? 'invalid value'}.`,
        'asOf',
      ),
      route,
    );
  const day = changeDayFor((await manifest()).changeDays, asOf);
  const id = route.startsWith('/api/v1/cities/') ? decodeURIComponent(route.slice('/api/v1/cities/'.length)) : null;
  const file =
    route === '/api/v1/contracts'
      ? staticPaths.contracts(day)
      : route === '/api/v1/municipalities'
        ? staticPaths.municipalities(day)
        : id === null
          ? staticPaths.cities(day)
          : staticPaths.city(encodeURIComponent(id), day);
  const answer = await read(file, signal);
  if (answer.status === 404 && id !== null) return problem(unknownCityProblem(id), route);
  if (answer.status !== 200) return answer;
  return { status: 200, body: { ...(answer.body as object), asOf } };
}

/** `/emissions`: the one file with every city and year, selected as the server selects (contract/clip.ts). */
async function emissionsAnswer(
  url: URL,
  read: StaticFileReader,
  manifest: () => Promise<StaticManifest>,
  signal?: AbortSignal,
): Promise<StaticAnswer> {
  const query = parseQueryParams(emissionsQuerySchema, Object.fromEntries(url.searchParams));
  if (query.problem) return problem(query.problem, url.pathname);
  const selected = selectCities(query.data.cities, (await manifest()).cityIds);
  if (selected.problem) return problem(selected.problem, url.pathname);
  const answer = await read(staticPaths.emissions(query.data.sectors ?? false), signal);
  if (answer.status !== 200) return answer;
  const all = answer.body as EmissionsResponse;
  return { status: 200, body: selectEmissions(all, { ...query.data, ids: selected.ids }) };
}
