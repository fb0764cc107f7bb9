/** The snapshot and response cache follow the database's revision. */
import { describe, expect, it } from 'vitest';
import { cityDetailResponseSchema } from '../contract/index.ts';
import { createTestApp, getJson, openTestDatabase } from './test-helpers.ts';

describe('ReadModel', () => {
  it('serves cached bodies until the revision moves, then rebuilds them with a new ETag', async () => {
    const db = openTestDatabase();
    const app = createTestApp({ db });
    const first = await getJson(app, '/api/v1/cities/malmo');
    const etag = first.headers.get('etag') ?? '';
    expect(cityDetailResponseSchema.parse(first.body).targets).toHaveLength(3);

    // A write without a revision bump is not seen: the snapshot is per revision.
    db.prepare("DELETE FROM targets WHERE id = 'malmo-3'").run();
    const unchanged = await app.request('/api/v1/cities/malmo', { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);

    db.prepare("UPDATE meta SET value = '2' WHERE key = 'revision'").run();
    const revalidated = await getJson(app, '/api/v1/cities/malmo', { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get('etag')).not.toBe(etag);
    expect(cityDetailResponseSchema.parse(revalidated.body).targets.map((t) => t.id)).toEqual(['malmo-1', 'malmo-2']);
  });

  it('uses the injected today as the default asOf', async () => {
    const app = createTestApp({ today: () => '2021-10-31' });
    const body = (await getJson(app, '/api/v1/cities')).body as { asOf: string; summary: { signedCount: number } };
    expect(body.asOf).toBe('2021-10-31');
    expect(body.summary.signedCount).toBe(9);
  });
});
