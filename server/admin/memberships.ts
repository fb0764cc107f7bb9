/**
 * A city's memberships (issue 18) as one versioned resource: read with their version, and one
 * programme's membership put (added, corrected, or marked as left) under If-Match. The rules are
 * the roster's (server/domain/roster.ts): a cohort of the programme; a twin has a partner that is a
 * member; `joinedOn` is the first day of what its precision says is known.
 */
import type { z } from 'zod';
import {
  FIRST_SIGNING_DAY,
  latestSigningDay,
  type AdminMembership,
  type CityMemberships,
  type membershipRequestSchema,
  type Programme,
} from '../../contract/index.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import { membershipFromRow, membershipWriter, type MembershipRow } from '../db/snapshot-roster.ts';
import { HttpProblem } from '../http/problem.ts';
import type { City } from './cities.ts';
import { sameState } from './versions.ts';

type MembershipInput = z.output<typeof membershipRequestSchema>;

function invalid(detail: string, parameter: string): HttpProblem {
  return new HttpProblem(400, detail, { type: '/api/v1/problems/invalid-body', parameter });
}

export function programmeOf(value: string): Programme {
  if (value === 'kns2030' || value === 'eu-mission') return value;
  throw new HttpProblem(404, `No programme '${value.slice(0, 40)}': the programmes are kns2030 and eu-mission.`, {
    type: '/api/v1/problems/unknown-programme',
    title: 'Unknown programme',
    parameter: 'programme',
  });
}

/** The city's memberships as stored, both programmes. */
export function cityMemberships(db: Db, cityId: string): CityMemberships {
  const rows = db
    .prepare<[string], MembershipRow>('SELECT * FROM memberships WHERE city_id = ? ORDER BY programme DESC')
    .all(cityId);
  return {
    cityId,
    memberships: rows.map((row) => {
      const { cityId: _cityId, ...membership } = membershipFromRow(row);
      return membership;
    }),
  };
}

interface CohortRow {
  id: string;
  programme: Programme;
  kind: string;
  label: string;
}

/** The cohort, which must be the programme's. */
function cohortFor(db: Db, programme: Programme, cohortId: string): CohortRow {
  const cohort = db
    .prepare<[string], CohortRow>('SELECT id, programme, kind, label FROM cohorts WHERE id = ?')
    .get(cohortId);
  const known = db
    .prepare<[string], { id: string }>('SELECT id FROM cohorts WHERE programme = ? ORDER BY position')
    .all(programme)
    .map((c) => c.id);
  if (!cohort || cohort.programme !== programme)
    throw invalid(`No cohort '${cohortId}' in ${programme}; its cohorts are ${known.join(', ')}.`, 'cohortId');
  return cohort;
}

/** A twin's partner: another city that is a current member of the programme. */
function checkPartner(db: Db, city: City, cohort: CohortRow, partnerId: string | null, programme: Programme): void {
  if (cohort.kind !== 'twin') {
    if (partnerId !== null)
      throw invalid(`Only a twin city has a partner; '${cohort.id}' is not a twin cohort.`, 'partnerId');
    return;
  }
  if (partnerId === null)
    throw invalid(`A twin city is paired with a city of the programme: give its id as partnerId.`, 'partnerId');
  if (partnerId === city.id) throw invalid('A city cannot be its own twin.', 'partnerId');
  const partner = db
    .prepare<[string, string], { id: string }>(
      'SELECT city_id AS id FROM memberships WHERE city_id = ? AND programme = ? AND left_on IS NULL',
    )
    .get(partnerId, programme);
  if (!partner) throw invalid(`The partner '${partnerId.slice(0, 80)}' is not a member of the programme.`, 'partnerId');
}

/** `joinedOn` is the first day of what its precision knows, within the programme's years; `leftOn` after it. */
function checkDates(input: MembershipInput, today: string): void {
  const latest = latestSigningDay(today);
  if (input.joinedOn < FIRST_SIGNING_DAY || input.joinedOn > latest)
    throw invalid(`joinedOn must be from ${FIRST_SIGNING_DAY} to ${latest}, not ${input.joinedOn}.`, 'joinedOn');
  if (input.joinedPrecision === 'year' && !input.joinedOn.endsWith('-01-01'))
    throw invalid(
      `A join date known to the year is written as its first day (${input.joinedOn.slice(0, 4)}-01-01).`,
      'joinedOn',
    );
  if (input.joinedPrecision === 'month' && !input.joinedOn.endsWith('-01'))
    throw invalid(
      `A join date known to the month is written as its first day (${input.joinedOn.slice(0, 7)}-01).`,
      'joinedOn',
    );
  if (input.leftOn !== null && (input.leftOn <= input.joinedOn || input.leftOn > today))
    throw invalid(`leftOn must be after joinedOn (${input.joinedOn}) and no later than today (${today}).`, 'leftOn');
}

/** The membership a valid request describes; an EU Mission membership keeps its label. */
export function checkedMembership(
  db: Db,
  city: City,
  programme: Programme,
  input: MembershipInput,
  today: string,
  current: CityMemberships,
): { membership: AdminMembership; cohortLabel: { sv: string; en: string } } {
  const cohort = cohortFor(db, programme, input.cohortId);
  checkPartner(db, city, cohort, input.partnerId, programme);
  checkDates(input, today);
  const before = current.memberships.find((m) => m.programme === programme);
  return {
    cohortLabel: JSON.parse(cohort.label) as { sv: string; en: string },
    membership: {
      programme,
      cohortId: cohort.id,
      partnerId: input.partnerId,
      joinedOn: input.joinedOn,
      joinedPrecision: input.joinedPrecision,
      joinedCertainty: input.joinedCertainty,
      leftOn: input.leftOn,
      source: { url: input.sourceUrl, title: { sv: input.sourceTitle, en: input.sourceTitle } },
      note: input.note ?? before?.note ?? { sv: '', en: '' },
      missionLabel: before?.missionLabel ?? null,
    },
  };
}

function summary(
  city: City,
  m: AdminMembership,
  before: AdminMembership | undefined,
  cohort: { sv: string; en: string },
) {
  if (m.leftOn && !before?.leftOn)
    return {
      sv: `Markerade att ${city.name} lämnade ${m.programme} ${m.leftOn}.`,
      en: `Marked ${city.name} as having left ${m.programme} on ${m.leftOn}.`,
    };
  return before
    ? {
        sv: `Rättade ${city.name}s medlemskap i ${m.programme} (${cohort.sv}).`,
        en: `Corrected ${city.name}'s membership of ${m.programme} (${cohort.en}).`,
      }
    : {
        sv: `Lade till ${city.name} i ${m.programme} (${cohort.sv}).`,
        en: `Added ${city.name} to ${m.programme} (${cohort.en}).`,
      };
}

/**
 * Removes a membership entered by mistake (a city that left is marked with `leftOn` instead, so
 * the roster keeps its history); audited. Call inside the write's transaction.
 */
export function deleteMembership(
  db: Db,
  city: City,
  current: CityMemberships,
  programme: Programme,
  who: { actor: string; at: string },
): number {
  const before = current.memberships.find((m) => m.programme === programme);
  if (!before)
    throw new HttpProblem(404, `${city.name} has no membership of ${programme} to remove.`, {
      type: '/api/v1/problems/unknown-membership',
      title: 'No such membership',
      parameter: 'programme',
    });
  const partners = db
    .prepare<[string, string], { city_id: string }>(
      'SELECT city_id FROM memberships WHERE partner_id = ? AND programme = ? AND left_on IS NULL',
    )
    .all(city.id, programme);
  if (partners.length > 0)
    throw new HttpProblem(
      409,
      `${city.name} is the partner of ${partners.map((p) => p.city_id).join(', ')}: remove or change those first.`,
      {
        type: '/api/v1/problems/membership-in-use',
        title: 'Membership in use',
        parameter: 'programme',
      },
    );
  db.prepare('DELETE FROM memberships WHERE city_id = ? AND programme = ?').run(city.id, programme);
  const auditId = recordAudit(db, {
    ...who,
    action: 'membership.delete',
    subject: `${city.id}/${programme}`,
    summary: {
      sv: `Tog bort ${city.name}s medlemskap i ${programme} (inlagt av misstag).`,
      en: `Removed ${city.name}'s membership of ${programme} (entered by mistake).`,
    },
    before,
    after: null,
  });
  bumpRevision(db);
  return auditId;
}

/** Puts the membership, `current` being the city's memberships now; audited. Call inside the write's transaction. */
export function putMembership(
  db: Db,
  city: City,
  current: CityMemberships,
  checked: ReturnType<typeof checkedMembership>,
  who: { actor: string; at: string },
): number | null {
  const { membership: m, cohortLabel } = checked;
  const before = current.memberships.find((x) => x.programme === m.programme);
  if (before && sameState(before, m)) return null;
  membershipWriter(db, { replace: true })(city.id, m.programme, m);
  const auditId = recordAudit(db, {
    ...who,
    action: 'membership.put',
    subject: `${city.id}/${m.programme}`,
    summary: summary(city, m, before, cohortLabel),
    before: before ?? null,
    after: m,
  });
  bumpRevision(db);
  return auditId;
}
