/**
 * The one request function against MSW: what it sends (headers, bodies, token, If-Match),
 * what it gives back, and the one error per way a request fails, over fetch and over XHR.
 */
import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '../../mocks/node.ts';
import { ApiContractError, ApiError, isAbortError, NetworkError } from './errors.ts';
import { parseAnswer, request, send, versionFromEtag } from './request.ts';

const PATH = '/api/v1/test-request';
const URL_PATTERN = `*${PATH}`;

/** Every request MSW sees, with what matters here. */
function recordRequests() {
  const seen: { method: string; headers: Headers; body: string }[] = [];
  server.use(
    http.all(URL_PATTERN, async ({ request: sent }) => {
      seen.push({ method: sent.method, headers: sent.headers, body: await sent.text() });
      return HttpResponse.json({ ok: true }, { headers: { ETag: '"v7"' } });
    }),
  );
  return seen;
}

const problem412 = {
  type: '/api/v1/problems/version-mismatch',
  title: 'Precondition failed',
  status: 412,
  detail: 'Someone else saved first.',
  yourVersion: 'v1',
  currentVersion: 'v2',
  current: { targets: [] },
};

/** A handler that keeps the request waiting, for it to be cancelled. */
async function neverAnswer() {
  await delay('infinite');
  return HttpResponse.json({});
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the request should have failed'),
    (error: unknown) => error,
  );
}

describe('request', () => {
  it('answers a 2xx with its status, parsed JSON body and headers', async () => {
    recordRequests();
    const answer = await request(PATH);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true });
    expect(versionFromEtag(answer.headers.get('ETag'))).toBe('v7');
    expect(parseAnswer(PATH, answer.body, z.object({ ok: z.boolean() }))).toEqual({ ok: true });
  });

  it('sends JSON with its Content-Type, the bearer token, If-Match quoted and Accept', async () => {
    const seen = recordRequests();
    await request(PATH, { method: 'PUT', json: { a: 1 }, token: 'secret', ifMatch: 'v7' });
    expect(seen).toHaveLength(1);
    const [sent] = seen;
    expect(sent?.method).toBe('PUT');
    expect(sent?.body).toBe('{"a":1}');
    expect(sent?.headers.get('Content-Type')).toBe('application/json');
    expect(sent?.headers.get('Authorization')).toBe('Bearer secret');
    expect(sent?.headers.get('If-Match')).toBe('"v7"');
    expect(sent?.headers.get('Accept')).toBe('application/json');
  });

  it('sends no Authorization without a token, and a raw body with the Content-Type given', async () => {
    const seen = recordRequests();
    await request(PATH, { method: 'POST', body: 'a;b\n1;2', contentType: 'text/csv' });
    expect(seen[0]?.headers.get('Authorization')).toBeNull();
    expect(seen[0]?.headers.get('Content-Type')).toBe('text/csv');
    expect(seen[0]?.body).toBe('a;b\n1;2');
  });

  it('throws a problem+json answer as ApiError with its title, detail, members and conflict', async () => {
    server.use(
      http.put(URL_PATTERN, () =>
        HttpResponse.json(problem412, { status: 412, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const error = await failure(request(PATH, { method: 'PUT', json: {} }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(NetworkError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(412);
    expect(apiError.message).toBe('Someone else saved first.');
    expect(apiError.title).toBe('Precondition failed');
    expect(apiError.detail).toBe('Someone else saved first.');
    expect(apiError.problem?.type).toBe('/api/v1/problems/version-mismatch');
    expect(apiError.members).toEqual({ yourVersion: 'v1', currentVersion: 'v2', current: { targets: [] } });
    expect(apiError.conflict).toEqual({ yourVersion: 'v1', currentVersion: 'v2', current: { targets: [] } });
  });

  it('keeps Retry-After of a 429 in seconds', async () => {
    server.use(
      http.get(URL_PATTERN, () =>
        HttpResponse.json(
          { type: '/api/v1/problems/429', title: 'Too many requests', status: 429, detail: 'Wait.' },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
        ),
      ),
    );
    const error = (await failure(request(PATH))) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.conflict).toBeNull();
  });

  it('throws an error status without a problem as ApiError "HTTP <status>" with no problem', async () => {
    server.use(http.get(URL_PATTERN, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = (await failure(request(PATH))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.title).toBeNull();
    expect(error.message).toBe('HTTP 502');
  });

  it('gives send() the error answer instead of throwing', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({ nope: true }, { status: 404 })));
    const answer = await send(PATH);
    expect(answer).toMatchObject({ status: 404, body: { nope: true } });
  });

  it('throws a failed connection as NetworkError, status 0', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.error()));
    const error = await failure(request(PATH));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).status).toBe(0);
    expect(isAbortError(error)).toBe(false);
  });

  it('throws a cancelled request as AbortError, not as a network failure', async () => {
    server.use(http.get(URL_PATTERN, neverAnswer));
    const controller = new AbortController();
    const pending = failure(request(PATH, { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('throws a 2xx body that breaks the contract as ApiContractError', () => {
    expect(() => parseAnswer(PATH, { ok: 'yes' }, z.object({ ok: z.boolean() }))).toThrow(ApiContractError);
  });
});

describe('request with upload progress (XMLHttpRequest)', () => {
  it('reports the share of the body sent and answers as fetch does', async () => {
    const seen = recordRequests();
    const progress: number[] = [];
    const answer = await request(PATH, {
      method: 'POST',
      body: 'a;b\n1;2',
      contentType: 'text/csv',
      token: 'secret',
      ifMatch: 'v7',
      onUploadProgress: (fraction) => progress.push(fraction),
    });
    expect(answer.body).toEqual({ ok: true });
    expect(versionFromEtag(answer.headers.get('ETag'))).toBe('v7');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer secret');
    expect(seen[0]?.headers.get('If-Match')).toBe('"v7"');
    expect(seen[0]?.headers.get('Content-Type')).toBe('text/csv');
  });

  it('throws the same typed errors: problem, network failure, abort', async () => {
    const options = { method: 'POST' as const, body: 'x', onUploadProgress: () => {} };
    server.use(http.post(URL_PATTERN, () => HttpResponse.json(problem412, { status: 412 }), { once: true }));
    expect(((await failure(request(PATH, options))) as ApiError).conflict?.currentVersion).toBe('v2');

    server.use(http.post(URL_PATTERN, () => HttpResponse.error(), { once: true }));
    expect(await failure(request(PATH, options))).toBeInstanceOf(NetworkError);

    const before = new AbortController();
    before.abort();
    expect(isAbortError(await failure(request(PATH, { ...options, signal: before.signal })))).toBe(true);
  });

  it('cancels an upload in flight with AbortError', async () => {
    server.use(http.post(URL_PATTERN, neverAnswer));
    const controller = new AbortController();
    const pending = failure(
      request(PATH, { method: 'POST', body: 'x', signal: controller.signal, onUploadProgress: () => {} }),
    );
    await delay(10);
    controller.abort();
    const error = await pending;
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});
