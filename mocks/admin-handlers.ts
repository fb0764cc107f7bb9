/**
 * MSW handlers of the write API and the release list. They answer from the fixtures in
 * admin-fixtures.ts and check the bearer token, but keep no state: tests that need
 * another answer override a handler with server.use().
 */
import { http, HttpResponse } from 'msw';
import {
  auditPage,
  currentReleaseFixture,
  citySigningsFixture,
  cityTargetsFixture,
  importFixture,
  MOCK_ADMIN_NAME,
  MOCK_ADMIN_TOKEN,
  MOCK_NEXT_VERSION,
  previewFixture,
  releasesFixture,
  signingFixture,
  targetsFixture,
} from './admin-fixtures.ts';
import { problemAnswer } from './problem-answer.ts';

/** A problem+json answer of the write API, built as the server builds it (contract/problem.ts). */
export function adminProblem(
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return problemAnswer({ status, detail, options: { extra } }, undefined, headers);
}

const authorised = (request: Request) => request.headers.get('Authorization') === `Bearer ${MOCK_ADMIN_TOKEN}`;
const unauthorised = () => adminProblem(401, 'A valid token is required: send Authorization: Bearer <token>.');
/** As the server: a write of a record without If-Match is a 428 (any version is accepted here). */
const withoutVersion = (request: Request) =>
  request.headers.get('If-Match')
    ? null
    : adminProblem(428, 'Send If-Match: the version you edited.', { currentVersion: 'mock-version-1' });
const versioned = <T extends object>(body: T, version: string) =>
  HttpResponse.json(body, { headers: { ETag: `"${version}"` } });

export const adminHandlers = [
  http.get('*/api/v1/releases', () => HttpResponse.json(releasesFixture)),
  http.get('*/api/v1/admin/session', ({ request }) =>
    authorised(request) ? HttpResponse.json({ name: MOCK_ADMIN_NAME }) : unauthorised(),
  ),
  http.post('*/api/v1/admin/releases/preview', ({ request }) => {
    if (!authorised(request)) return unauthorised();
    const fileName = new URL(request.url).searchParams.get('fileName');
    return HttpResponse.json({ ...previewFixture, fileName });
  }),
  http.post('*/api/v1/admin/releases', ({ request }) =>
    !authorised(request)
      ? unauthorised()
      : (withoutVersion(request) ?? HttpResponse.json(importFixture, { status: 201 })),
  ),
  http.get('*/api/v1/admin/releases/current', ({ request }) =>
    authorised(request) ? versioned(currentReleaseFixture, currentReleaseFixture.version) : unauthorised(),
  ),
  http.put('*/api/v1/admin/releases/current', async ({ request }) => {
    if (!authorised(request)) return unauthorised();
    const refused = withoutVersion(request);
    if (refused) return refused;
    const { releaseId } = (await request.json()) as { releaseId: string };
    const release = releasesFixture.releases.find((r) => r.id === releaseId);
    return release
      ? HttpResponse.json({ release: { ...release, current: true }, auditId: 7 })
      : adminProblem(404, `No release '${releaseId}'.`, { parameter: 'releaseId' });
  }),
  http.get('*/api/v1/admin/cities/:id/signings', ({ request, params }) => {
    if (!authorised(request)) return unauthorised();
    const body = citySigningsFixture(String(params.id));
    return versioned(body, body.version);
  }),
  http.put('*/api/v1/admin/signings', ({ request }) =>
    !authorised(request)
      ? unauthorised()
      : (withoutVersion(request) ?? versioned(signingFixture, signingFixture.version)),
  ),
  http.delete('*/api/v1/admin/signings/:cityId/:versionId/:kind', ({ request, params }) => {
    if (!authorised(request)) return unauthorised();
    const refused = withoutVersion(request);
    if (refused) return refused;
    const removed = citySigningsFixture(String(params.cityId)).signings.find(
      (s) => s.versionId === params.versionId && s.kind === params.kind,
    );
    return removed
      ? versioned({ removed, auditId: 8, version: MOCK_NEXT_VERSION }, MOCK_NEXT_VERSION)
      : adminProblem(404, 'No such signing.');
  }),
  http.get('*/api/v1/admin/cities/:id/targets', ({ request, params }) => {
    if (!authorised(request)) return unauthorised();
    const body = cityTargetsFixture(String(params.id));
    return versioned(body, body.version);
  }),
  http.put('*/api/v1/admin/cities/:id/targets', ({ request, params }) =>
    !authorised(request)
      ? unauthorised()
      : (withoutVersion(request) ??
        versioned({ ...targetsFixture, cityId: String(params.id) }, targetsFixture.version)),
  ),
  http.get('*/api/v1/admin/audit', ({ request }) => {
    if (!authorised(request)) return unauthorised();
    const url = new URL(request.url);
    const before = url.searchParams.get('before');
    return HttpResponse.json(
      auditPage(Number(url.searchParams.get('limit') ?? 50), before === null ? null : Number(before)),
    );
  }),
];
