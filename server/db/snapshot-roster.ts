/** The roster (cohorts and memberships, migration 6) as the domain reads it. */
import type { CohortRecord, Localized, MembershipRecord, MissionLabelRecord } from '../domain/snapshot.ts';
import type { Db } from './connection.ts';

interface CohortRow {
  id: string;
  programme: CohortRecord['programme'];
  kind: CohortRecord['kind'];
  label: string;
  note: string;
}

export interface MembershipRow {
  city_id: string;
  programme: MembershipRecord['programme'];
  cohort_id: string;
  partner_id: string | null;
  joined_on: string;
  joined_precision: MembershipRecord['joinedPrecision'];
  joined_certainty: MembershipRecord['joinedCertainty'];
  left_on: string | null;
  source_url: string;
  source_title: string;
  note: string;
  mission_label: string | null;
}

const localized = (text: string): Localized => JSON.parse(text) as Localized;

export function readCohorts(db: Db): CohortRecord[] {
  return db
    .prepare<[], CohortRow>('SELECT id, programme, kind, label, note FROM cohorts ORDER BY position, id')
    .all()
    .map((row) => ({ ...row, label: localized(row.label), note: localized(row.note) }));
}

export function membershipFromRow(row: MembershipRow): MembershipRecord {
  return {
    cityId: row.city_id,
    programme: row.programme,
    cohortId: row.cohort_id,
    partnerId: row.partner_id,
    joinedOn: row.joined_on,
    joinedPrecision: row.joined_precision,
    joinedCertainty: row.joined_certainty,
    leftOn: row.left_on,
    source: { url: row.source_url, title: localized(row.source_title) },
    note: localized(row.note),
    missionLabel: row.mission_label === null ? null : (JSON.parse(row.mission_label) as MissionLabelRecord),
  };
}

type MembershipFields = Omit<MembershipRecord, 'cityId' | 'programme'>;

/**
 * Writes memberships in the table's shape; `replace` puts one over the city's membership of the
 * programme (an admin write), otherwise a second one for the same city and programme is an error.
 */
export function membershipWriter(db: Db, { replace }: { replace: boolean }) {
  const statement = db.prepare(
    `INSERT${replace ? ' OR REPLACE' : ''} INTO memberships (city_id, programme, cohort_id, partner_id, joined_on,
       joined_precision, joined_certainty, left_on, source_url, source_title, note, mission_label)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (cityId: string, programme: string | undefined, m: MembershipFields): void => {
    statement.run(
      cityId,
      programme,
      m.cohortId,
      m.partnerId,
      m.joinedOn,
      m.joinedPrecision,
      m.joinedCertainty,
      m.leftOn,
      m.source.url,
      JSON.stringify(m.source.title),
      JSON.stringify(m.note),
      m.missionLabel === null ? null : JSON.stringify(m.missionLabel),
    );
  };
}

export function readMemberships(db: Db): MembershipRecord[] {
  return db
    .prepare<[], MembershipRow>('SELECT * FROM memberships ORDER BY programme DESC, joined_on, city_id')
    .all()
    .map(membershipFromRow);
}
