/**
 * The read API answered from the files of a static export (`npm run export`), for a copy
 * served by any static file server with no Node process. Every file is the real server's
 * answer, written by scripts/export.ts through `app.request()`; this module only picks
 * the file for a request and applies the plain filters the server applies to it:
 *
 * - `/emissions`: one file with every city over 1990–2050 (and one with sectors). The
 *   server's `cities`, `from` and `to` only select series and keep the points and path
 *   points whose year is in range (server/routes/emissions.ts), so the same selection here
 *   gives the same answer.
 * - `asOf` answers (`/cities`, `/cities/:id`, `/contracts`) change only on the days a city
 *   signed or joined: one file per such day (plus 1990-01-01), and a request takes the
 *   newest day on or before its `asOf` (today in Sweden when none is given), with `asOf`
 *   set to the day asked for. The export checks this by asking the server for the day
 *   before each change day too.
 * - Only the current release is exported: `?release=` of any other release is a 404.
 */
import { asOfSchema } from '../../contract/common.ts';
import { emissionsQuerySchema, type EmissionsResponse } from '../../contract/emissions.ts';

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

function problem(
  status: number,
  detail: string,
  instance: string,
  extra: { parameter?: string; type?: string; title?: string } = {},
): StaticAnswer {
  const titles: Record<number, string> = { 400: 'Invalid request', 404: 'Not found' };
  return {
    status,
    body: {
      type: extra.type ?? (status === 400 ? '/api/v1/problems/invalid-parameter' : `/api/v1/problems/${status}`),
      title: extra.title ?? titles[status] ?? 'Error',
      status,
      detail,
      instance,
      ...(extra.parameter ? { parameter: extra.parameter } : {}),
    },
  };
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
  const query = Object.fromEntries(url.searchParams);
  const { signal } = options;
  const manifest = () => readManifest(read, signal);
  const fixed: Record<string, string> = {
    '/api/v1/health': staticPaths.health,
    '/api/v1/sectors': staticPaths.sectors,
    '/api/v1/releases': staticPaths.releases,
    '/api/v1/openapi.json': staticPaths.openapi,
    '/api/v1/geo/lan': staticPaths.geoLan,
  };
  const fixedPath = fixed[route];
  if (fixedPath) return read(fixedPath, signal);

  if (query.release !== undefined) {
    const { releaseId } = await manifest();
    if (query.release !== releaseId) {
      return problem(
        404,
        `This static copy holds only the current release '${releaseId}', not '${query.release}'.`,
        route,
        { type: '/api/v1/problems/unknown-release', title: 'Unknown release', parameter: 'release' },
      );
    }
  }

  if (route === '/api/v1/sectors/changes') return read(staticPaths.sectorChanges, signal);
  const peers = /^\/api\/v1\/cities\/([^/]+)\/peers$/.exec(route);
  if (peers) {
    const id = decodeURIComponent(peers[1] ?? '');
    const answer = await read(staticPaths.peers(encodeURIComponent(id)), signal);
    if (answer.status !== 404) return answer;
    return problem(404, `No city with id '${id}'. GET /api/v1/cities lists the ids.`, route, {
      type: '/api/v1/problems/unknown-city',
      title: 'Unknown city',
      parameter: 'id',
    });
  }

  if (route === '/api/v1/standings') {
    const measure = query.measure ?? 'changeSince2015Percent';
    const answer = await read(staticPaths.standings(encodeURIComponent(measure)), signal);
    return answer.status === 404
      ? problem(400, `Invalid parameter 'measure': no standings for '${measure}' in this static copy.`, route, {
          parameter: 'measure',
        })
      : answer;
  }

  if (route === '/api/v1/emissions') return emissionsAnswer(url, read, manifest, signal);

  const asOfRoute =
    route === '/api/v1/cities' || route === '/api/v1/contracts' || /^\/api\/v1\/cities\/[^/]+$/.test(route);
  if (asOfRoute) {
    const asOf = query.asOf ?? options.today;
    const valid = asOfSchema.safeParse(asOf);
    if (!valid.success)
      return problem(
        400,
        `Invalid parameter 'asOf' (got '${asOf.slice(0, 80)}'): ${valid.error.issues[0]?.message ?? 'invalid value'}.`,
        route,
        { parameter: 'asOf' },
      );
    const day = changeDayFor((await manifest()).changeDays, asOf);
    const id = route.startsWith('/api/v1/cities/') ? decodeURIComponent(route.slice('/api/v1/cities/'.length)) : null;
    const file =
      route === '/api/v1/contracts'
        ? staticPaths.contracts(day)
        : id === null
          ? staticPaths.cities(day)
          : staticPaths.city(encodeURIComponent(id), day);
    const answer = await read(file, signal);
    if (answer.status === 404 && id !== null) {
      return problem(404, `No city with id '${id}'. GET /api/v1/cities lists the ids.`, route, {
        type: '/api/v1/problems/unknown-city',
        title: 'Unknown city',
        parameter: 'id',
      });
    }
    if (answer.status !== 200) return answer;
    return { status: 200, body: { ...(answer.body as object), asOf } };
  }
  return problem(404, `No API resource at ${route} in this static copy.`, route);
}

async function emissionsAnswer(
  url: URL,
  read: StaticFileReader,
  manifest: () => Promise<StaticManifest>,
  signal?: AbortSignal,
): Promise<StaticAnswer> {
  const route = url.pathname;
  const parsed = emissionsQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = issue?.path.map(String).join('.') ?? '';
    return problem(
      400,
      `Invalid parameter '${parameter}': ${issue?.message ?? 'invalid value'}.`,
      route,
      parameter ? { parameter } : {},
    );
  }
  const query = parsed.data;
  const { cityIds } = await manifest();
  const ids = query.cities ? [...new Set(query.cities)] : cityIds;
  const unknown = ids.filter((id) => !cityIds.includes(id));
  if (unknown.length > 0) {
    return problem(
      404,
      `Unknown city id${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 10).join(', ')}. GET /api/v1/cities lists the ids.`,
      route,
      { type: '/api/v1/problems/unknown-city', title: 'Unknown city', parameter: 'cities' },
    );
  }
  const answer = await read(staticPaths.emissions(query.sectors ?? false), signal);
  if (answer.status !== 200) return answer;
  const all = answer.body as EmissionsResponse;
  const from = query.from ?? all.from;
  const to = query.to ?? all.to;
  const inRange = (point: { year: number }) => point.year >= from && point.year <= to;
  const byId = new Map(all.series.map((s) => [s.cityId, s]));
  const series = ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    return [
      {
        ...s,
        points: s.points.filter(inRange),
        paths: {
          trend: s.paths.trend.filter(inRange),
          target: s.paths.target && s.paths.target.filter(inRange),
          reference: s.paths.reference.filter(inRange),
        },
      },
    ];
  });
  return { status: 200, body: { ...all, from, to, series } };
}
