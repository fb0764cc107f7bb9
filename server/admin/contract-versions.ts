/**
 * A yearly Klimatkontrakt version as a versioned resource, and its removal: a version made
 * by mistake (a signing recorded under the wrong year creates one) can be removed once no
 * signing names it.
 */
import type { ContractVersionState } from '../../contract/index.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import { localizedText } from '../db/rows.ts';
import { HttpProblem } from '../http/problem.ts';

interface ContractVersionRow {
  id: string;
  signing_day: string;
  note: string;
}

/** The version and the `city/version/kind` of every signing of it; null when there is no such version (any more). */
export function contractVersionState(db: Db, versionId: string): ContractVersionState | null {
  const row = db
    .prepare<[string], ContractVersionRow>('SELECT id, signing_day, note FROM contract_versions WHERE id = ?')
    .get(versionId);
  if (!row) return null;
  const signings = db
    .prepare<[string], { city_id: string; kind: string }>(
      'SELECT city_id, kind FROM signings WHERE version_id = ? ORDER BY city_id, kind',
    )
    .all(versionId)
    .map((s) => `${s.city_id}/${versionId}/${s.kind}`);
  return { id: row.id, signingDay: row.signing_day, note: localizedText(row.note), signings };
}

export function unknownContractVersion(versionId: string): HttpProblem {
  return new HttpProblem(
    404,
    `No contract version '${versionId.slice(0, 40)}'. GET /api/v1/contracts lists the versions.`,
    {
      type: '/api/v1/problems/unknown-contract-version',
      title: 'Unknown contract version',
      parameter: 'versionId',
    },
  );
}

/** The version, or a 404. */
export function existingContractVersion(db: Db, versionId: string): ContractVersionState {
  const state = contractVersionState(db, versionId);
  if (!state) throw unknownContractVersion(versionId);
  return state;
}

/** Removes the version `current` describes, read in this transaction; 409 while signings name it. Audited. */
export function deleteContractVersion(
  db: Db,
  current: ContractVersionState,
  who: { actor: string; at: string },
): { removed: Omit<ContractVersionState, 'signings'>; auditId: number } {
  const { signings, ...removed } = current;
  if (signings.length > 0) {
    const listed = signings.slice(0, 10).join(', ');
    throw new HttpProblem(
      409,
      `Version ${current.id} still has ${signings.length} signing${signings.length === 1 ? '' : 's'} (${listed}${signings.length > 10 ? ', …' : ''}). Remove them first (DELETE /api/v1/admin/signings/{cityId}/${current.id}/{kind}); only an empty version can be removed.`,
      {
        type: '/api/v1/problems/contract-version-in-use',
        title: 'The version has signings',
        extra: { signings },
      },
    );
  }
  db.prepare('DELETE FROM contract_versions WHERE id = ?').run(current.id);
  const auditId = recordAudit(db, {
    ...who,
    action: 'contract-version.delete',
    subject: current.id,
    summary: {
      sv: `Tog bort kontraktsversion ${current.id} (utan signeringar).`,
      en: `Removed contract version ${current.id} (it had no signings).`,
    },
    before: removed,
    after: null,
  });
  bumpRevision(db);
  return { removed, auditId };
}
