/**
 * Records a Klimatkontrakt 2030 signing, or corrects the one for the same city, version
 * and kind. The standing a signing gives a city is computed on read, by the rule in
 * server/domain/contracts.ts; here only the facts and their source are stored.
 */
import type { z } from 'zod';
import type { Signing, SigningResponse, signingRequestSchema } from '../../contract/index.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/open.ts';
import { localizedText } from '../db/snapshot.ts';
import { HttpProblem } from '../http/problem.ts';

type SigningInput = z.output<typeof signingRequestSchema>;

interface SigningRow {
  city_id: string; version_id: string; kind: Signing['kind']; signed_on: string; date_certainty: Signing['dateCertainty']; source_ids: string; note: string;
}

const toSigning = (r: SigningRow): Signing => ({
  cityId: r.city_id, versionId: r.version_id, kind: r.kind, signedOn: r.signed_on, dateCertainty: r.date_certainty,
  sourceIds: JSON.parse(r.source_ids) as string[], note: localizedText(r.note),
});

/** The contract source with this URL, added (`S<n>`, after the curated S1…) when new. */
function sourceIdFor(db: Db, url: string, title: string | undefined): string {
  const known = db.prepare('SELECT id FROM contract_sources WHERE url = ?').get(url) as { id: string } | undefined;
  if (known) return known.id;
  const ids = (db.prepare('SELECT id FROM contract_sources').all() as { id: string }[]).map((r) => Number(/^S(\d+)$/.exec(r.id)?.[1] ?? 0));
  const id = `S${Math.max(0, ...ids) + 1}`;
  db.prepare('INSERT INTO contract_sources (id, title, url) VALUES (?, ?, ?)').run(id, title ?? url, url);
  return id;
}

export function recordSigning(db: Db, input: SigningInput, who: { actor: string; at: string }): SigningResponse {
  return db.transaction((): SigningResponse => {
    const city = db.prepare('SELECT name FROM cities WHERE id = ?').get(input.cityId) as { name: string } | undefined;
    if (!city) throw new HttpProblem(404, `No city with id '${input.cityId}'. GET /api/v1/cities lists the ids.`, { type: '/api/v1/problems/unknown-city', title: 'Unknown city', parameter: 'cityId' });
    const version = db.prepare('SELECT id FROM contract_versions WHERE id = ?').get(input.versionId);
    if (!version) {
      db.prepare('INSERT INTO contract_versions (id, signing_day, note) VALUES (?, ?, ?)').run(
        input.versionId,
        input.signedOn,
        JSON.stringify({ sv: `Klimatkontrakt 2030, ${input.versionId} års version.`, en: `Klimatkontrakt 2030, the ${input.versionId} version.` }),
      );
    }
    const sourceId = sourceIdFor(db, input.sourceUrl, input.sourceTitle);
    const key = [input.cityId, input.versionId, input.kind] as const;
    const row = db.prepare('SELECT * FROM signings WHERE city_id = ? AND version_id = ? AND kind = ?').get(...key) as SigningRow | undefined;
    const before = row ? toSigning(row) : null;
    const after: Signing = {
      cityId: input.cityId,
      versionId: input.versionId,
      kind: input.kind,
      signedOn: input.signedOn,
      // A coordinator's entry comes with its source, so the date is stated.
      dateCertainty: 'stated',
      sourceIds: [...new Set([...(before?.sourceIds ?? []), sourceId])],
      note: input.note ?? before?.note ?? { sv: '', en: '' },
    };
    if (before && JSON.stringify(before) === JSON.stringify(after) && version) return { signing: after, created: false, auditId: null };
    db.prepare(
      `INSERT INTO signings (city_id, version_id, kind, signed_on, date_certainty, source_ids, note) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (city_id, version_id, kind) DO UPDATE SET signed_on = excluded.signed_on, date_certainty = excluded.date_certainty, source_ids = excluded.source_ids, note = excluded.note`,
    ).run(...key, after.signedOn, after.dateCertainty, JSON.stringify(after.sourceIds), JSON.stringify(after.note));
    const what = input.kind === 'contract' ? { sv: 'kontrakt', en: 'contract' } : { sv: 'avsiktsförklaring', en: 'letter of intent' };
    const auditId = recordAudit(db, {
      ...who,
      action: before ? 'signing.correct' : 'signing.record',
      subject: key.join('/'),
      summary: before
        ? { sv: `Rättade ${city.name}s ${what.sv} ${input.versionId}: ${before.signedOn} → ${after.signedOn}.`, en: `Corrected ${city.name}'s ${what.en} ${input.versionId}: ${before.signedOn} → ${after.signedOn}.` }
        : { sv: `Registrerade ${city.name}s ${what.sv} ${input.versionId}, signerat ${after.signedOn}.`, en: `Recorded ${city.name}'s ${what.en} ${input.versionId}, signed ${after.signedOn}.` },
      before,
      after: { ...after, sourceUrl: input.sourceUrl, newVersion: !version },
    });
    bumpRevision(db);
    return { signing: after, created: !before, auditId };
  })();
}
