/**
 * The snapshot's Klimatkontrakt 2030 part, read from SQLite: the contract's versions, its
 * sources and note, and every signing (server/domain/snapshot.ts says what they hold).
 */
import type { Signing } from '../../contract/index.ts';
import type { ContractVersionRecord, Snapshot } from '../domain/snapshot.ts';
import type { Db } from './connection.ts';
import { contractSourceFromRow, localizedText, type ContractSourceRow } from './rows.ts';

interface SigningRow {
  city_id: string;
  version_id: string;
  kind: Signing['kind'];
  signed_on: string;
  date_certainty: Signing['dateCertainty'];
  source_ids: string;
  note: string;
}

interface ContractVersionRow {
  id: string;
  signingDay: string;
  note: string;
}

function readSignings(db: Db): Signing[] {
  return db
    .prepare<[], SigningRow>('SELECT * FROM signings ORDER BY signed_on, kind, city_id')
    .all()
    .map((s): Signing => ({
      cityId: s.city_id,
      versionId: s.version_id,
      kind: s.kind,
      signedOn: s.signed_on,
      dateCertainty: s.date_certainty,
      sourceIds: JSON.parse(s.source_ids) as string[],
      note: localizedText(s.note),
    }));
}

export function readContract(
  db: Db,
): Pick<Snapshot, 'contractVersions' | 'contractSources' | 'contractNote' | 'signings'> {
  const note = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'contract_note'").get();
  return {
    contractVersions: db
      .prepare<[], ContractVersionRow>('SELECT id, signing_day AS signingDay, note FROM contract_versions ORDER BY id')
      .all()
      .map((v): ContractVersionRecord => ({ ...v, note: localizedText(v.note) })),
    contractSources: db
      .prepare<[], ContractSourceRow>('SELECT id, title, url FROM contract_sources ORDER BY rowid')
      .all()
      .map(contractSourceFromRow),
    contractNote: localizedText(note?.value),
    signings: readSignings(db),
  };
}
