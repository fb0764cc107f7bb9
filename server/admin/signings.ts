/**
 * A city's Klimatkontrakt 2030 signings as one versioned resource: read with their version,
 * recorded or corrected one at a time, and removed. The standing a signing gives a city is
 * computed on read, by the rule in server/domain/contracts.ts; here only the facts and
 * their source are stored.
 */
import type { z } from 'zod';
import {
  FIRST_SIGNING_DAY,
  latestSigningDay,
  type AdminSigning,
  type CitySignings,
  type Signing,
  type signingRequestSchema,
} from '../../contract/index.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import { contractSourceFromRow, localizedText, type ContractSourceRow } from '../db/rows.ts';
import { HttpProblem } from '../http/problem.ts';
import type { City } from './cities.ts';
import { sameState } from './versions.ts';

type SigningInput = z.output<typeof signingRequestSchema>;
type Who = { actor: string; at: string };
export type SigningKind = Signing['kind'];

interface SigningRow {
  city_id: string;
  version_id: string;
  kind: SigningKind;
  signed_on: string;
  date_certainty: Signing['dateCertainty'];
  source_ids: string;
  note: string;
}

const toSigning = (r: SigningRow): Signing => ({
  cityId: r.city_id,
  versionId: r.version_id,
  kind: r.kind,
  signedOn: r.signed_on,
  dateCertainty: r.date_certainty,
  sourceIds: JSON.parse(r.source_ids) as string[],
  note: localizedText(r.note),
});

export const signingSubject = (cityId: string, versionId: string, kind: SigningKind) =>
  `${cityId}/${versionId}/${kind}`;

const kindWords = (kind: SigningKind) =>
  kind === 'contract' ? { sv: 'kontrakt', en: 'contract' } : { sv: 'avsiktsförklaring', en: 'letter of intent' };

/** "Lunds kontrakt 2026" / "Lund's contract 2026", for summaries and messages. */
export const signingWords = (city: City, versionId: string, kind: SigningKind) => ({
  sv: `${city.name}s ${kindWords(kind).sv} ${versionId}`,
  en: `${city.name}'s ${kindWords(kind).en} ${versionId}`,
});

function invalidDate(detail: string): HttpProblem {
  return new HttpProblem(400, detail, {
    type: '/api/v1/problems/invalid-body',
    title: 'Implausible signing date',
    parameter: 'signedOn',
  });
}

/**
 * A signing is dated from the programme's start (2019-01-01) up to a year after today (a
 * ceremony already scheduled), and in its version's year: every curated signing is (the
 * 2020–2023 versions were each signed in December of their year), so no window across
 * the new year is needed.
 */
export function checkSigningDate(input: Pick<SigningInput, 'signedOn' | 'versionId'>, today: string): void {
  const latest = latestSigningDay(today);
  if (input.signedOn < FIRST_SIGNING_DAY || input.signedOn > latest) {
    throw invalidDate(
      `signedOn ${input.signedOn} is outside the dates a signing can have: from ${FIRST_SIGNING_DAY} (the programme's start) to ${latest} (a year after today, ${today}).`,
    );
  }
  if (input.signedOn.slice(0, 4) !== input.versionId) {
    throw invalidDate(
      `signedOn ${input.signedOn} is not in the version's year: a signing of version ${input.versionId} is dated in ${input.versionId} (${input.versionId}-01-01 to ${input.versionId}-12-31).`,
    );
  }
}

/** Subjects of signings a coordinator recorded through the API (the audit log knows), not removed since. */
function recordedThroughApi(db: Db, cityId: string): Set<string> {
  const rows = db
    .prepare<[string], { action: string; subject: string }>(
      "SELECT action, subject FROM audit WHERE action IN ('signing.record', 'signing.delete') AND subject LIKE ? ORDER BY id",
    )
    .all(`${cityId}/%`);
  const recorded = new Set<string>();
  for (const row of rows) {
    if (row.action === 'signing.record') recorded.add(row.subject);
    else recorded.delete(row.subject);
  }
  return recorded;
}

/** The city's signings (by version, then kind), where each came from, and the sources they name. */
export function citySignings(db: Db, cityId: string): CitySignings {
  const rows = db
    .prepare<[string], SigningRow>('SELECT * FROM signings WHERE city_id = ? ORDER BY version_id, kind')
    .all(cityId);
  const api = recordedThroughApi(db, cityId);
  const signings = rows.map((r): AdminSigning => ({
    ...toSigning(r),
    origin: api.has(signingSubject(r.city_id, r.version_id, r.kind)) ? 'api' : 'curated',
  }));
  const ids = [...new Set(signings.flatMap((s) => s.sourceIds))].sort();
  const sources =
    ids.length === 0
      ? []
      : db
          .prepare<string[], ContractSourceRow>(
            `SELECT id, title, url FROM contract_sources WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY rowid`,
          )
          .all(...ids)
          .map(contractSourceFromRow);
  return { cityId, signings, sources };
}

/** The contract source with this URL, added (`S<n>`, after the curated S1…) when new. */
function sourceIdFor(db: Db, url: string, title: string | undefined): string {
  const known = db.prepare<[string], { id: string }>('SELECT id FROM contract_sources WHERE url = ?').get(url);
  if (known) return known.id;
  const ids = db
    .prepare<[], { id: string }>('SELECT id FROM contract_sources')
    .all()
    .map((r) => Number(/^S(\d+)$/.exec(r.id)?.[1] ?? 0));
  const id = `S${Math.max(0, ...ids) + 1}`;
  db.prepare('INSERT INTO contract_sources (id, title, url) VALUES (?, ?, ?)').run(id, title ?? url, url);
  return id;
}

/**
 * Whether the version was created by a coordinator's signing (its day came from that signing),
 * not curated: the audit log knows, the last creation being newer than the last removal.
 */
function createdThroughApi(db: Db, versionId: string): boolean {
  const last = (sql: string) => db.prepare<[string], { id: number | null }>(sql).get(versionId)?.id ?? 0;
  const created = last(
    "SELECT MAX(id) AS id FROM audit WHERE action = 'signing.record' AND json_extract(after, '$.newVersion') = 1 AND json_extract(after, '$.versionId') = ?",
  );
  return (
    created > 0 &&
    created > last("SELECT MAX(id) AS id FROM audit WHERE action = 'contract-version.delete' AND subject = ?")
  );
}

/**
 * Keeps the signing day of a version a coordinator created equal to its earliest contract
 * signing (or, with none, its earliest signing) after a signing of it changed; a curated
 * version keeps its researched day, and one left with no signings keeps its last.
 */
function followSigningDay(db: Db, versionId: string): void {
  if (!createdThroughApi(db, versionId)) return;
  const earliest = db
    .prepare<[string], { signed_on: string }>(
      "SELECT signed_on FROM signings WHERE version_id = ? ORDER BY kind = 'contract' DESC, signed_on LIMIT 1",
    )
    .get(versionId);
  if (earliest)
    db.prepare('UPDATE contract_versions SET signing_day = ? WHERE id = ?').run(earliest.signed_on, versionId);
}

/**
 * Records a signing, or corrects the one for the same city, version and kind; a version's
 * first signing creates the version. Call inside the write's transaction, after the checks.
 */
export function recordSigning(
  db: Db,
  city: City,
  input: SigningInput,
  who: Who,
): { signing: Signing; created: boolean; auditId: number | null } {
  const version = db.prepare('SELECT id FROM contract_versions WHERE id = ?').get(input.versionId);
  if (!version) {
    db.prepare('INSERT INTO contract_versions (id, signing_day, note) VALUES (?, ?, ?)').run(
      input.versionId,
      input.signedOn,
      JSON.stringify({
        sv: `Klimatkontrakt 2030, ${input.versionId} års version.`,
        en: `Klimatkontrakt 2030, the ${input.versionId} version.`,
      }),
    );
  }
  const sourceId = sourceIdFor(db, input.sourceUrl, input.sourceTitle);
  const key = [input.cityId, input.versionId, input.kind] as const;
  const row = db
    .prepare<[string, string, string], SigningRow>(
      'SELECT * FROM signings WHERE city_id = ? AND version_id = ? AND kind = ?',
    )
    .get(...key);
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
  if (before && sameState(before, after) && version) return { signing: after, created: false, auditId: null };
  db.prepare(
    `INSERT INTO signings (city_id, version_id, kind, signed_on, date_certainty, source_ids, note) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (city_id, version_id, kind) DO UPDATE SET signed_on = excluded.signed_on, date_certainty = excluded.date_certainty, source_ids = excluded.source_ids, note = excluded.note`,
  ).run(...key, after.signedOn, after.dateCertainty, JSON.stringify(after.sourceIds), JSON.stringify(after.note));
  const words = signingWords(city, input.versionId, input.kind);
  const auditId = recordAudit(db, {
    ...who,
    action: before ? 'signing.correct' : 'signing.record',
    subject: key.join('/'),
    summary: before
      ? {
          sv: `Rättade ${words.sv}: ${before.signedOn} → ${after.signedOn}.`,
          en: `Corrected ${words.en}: ${before.signedOn} → ${after.signedOn}.`,
        }
      : {
          sv: `Registrerade ${words.sv}, signerat ${after.signedOn}.`,
          en: `Recorded ${words.en}, signed ${after.signedOn}.`,
        },
    before,
    after: { ...after, sourceUrl: input.sourceUrl, newVersion: !version },
  });
  followSigningDay(db, input.versionId);
  bumpRevision(db);
  return { signing: after, created: !before, auditId };
}

/**
 * Removes one signing of `current` (the city's signings as read in this transaction); its
 * version stays (remove it on its own once empty). A signing from the curated dataset is
 * removed only with `confirmCurated`: the dataset's are researched facts, a coordinator's
 * own entries are easier to take back. Audited with before = the signing.
 */
export function deleteSigning(
  db: Db,
  city: City,
  current: CitySignings,
  versionId: string,
  kind: SigningKind,
  confirmCurated: boolean,
  who: Who,
): { removed: AdminSigning; auditId: number } {
  const subject = signingSubject(city.id, versionId, kind);
  const words = signingWords(city, versionId, kind);
  const signing = current.signings.find((s) => s.versionId === versionId && s.kind === kind);
  if (!signing) {
    throw new HttpProblem(
      404,
      `No signing ${subject}: ${words.en} is not recorded. GET /api/v1/admin/cities/${city.id}/signings lists the city's signings.`,
      { type: '/api/v1/problems/unknown-signing', title: 'Unknown signing' },
    );
  }
  if (signing.origin === 'curated' && !confirmCurated) {
    throw new HttpProblem(
      409,
      `${words.en} comes from the curated dataset, not from a coordinator's entry. To remove it anyway, repeat the request with ?curated=confirm; the audit log keeps it, and PUT /api/v1/admin/signings records it again.`,
      {
        type: '/api/v1/problems/curated-signing',
        title: 'A curated signing',
        parameter: 'curated',
      },
    );
  }
  db.prepare('DELETE FROM signings WHERE city_id = ? AND version_id = ? AND kind = ?').run(city.id, versionId, kind);
  const auditId = recordAudit(db, {
    ...who,
    action: 'signing.delete',
    subject,
    summary: {
      sv: `Tog bort ${words.sv}, signerat ${signing.signedOn}.`,
      en: `Removed ${words.en}, signed ${signing.signedOn}.`,
    },
    before: signing,
    after: null,
  });
  followSigningDay(db, versionId);
  bumpRevision(db);
  return { removed: signing, auditId };
}
