/**
 * The programme as data (issue 18), read on the client: a city's memberships and cohorts as the
 * API sends them (contract/roster.ts). Which cities are members is the server's answer; these
 * helpers only look it up, so no page counts or lists the programme's cities itself.
 */
import type { Cohort, Membership } from '../../contract/index.ts';

/** What every list of cities carries of a membership (a city summary carries all of it). */
type MembershipRef = Pick<Membership, 'programme' | 'cohortId' | 'partnerId'>;
type WithMemberships<M extends MembershipRef = MembershipRef> = { memberships: readonly M[] };

/** The city's membership of Klimatneutrala städer 2030, past or present. */
export const programmeMembership = <M extends MembershipRef>(city: WithMemberships<M>): M | undefined =>
  city.memberships.find((m) => m.programme === 'kns2030');

/** The city's EU Mission membership, with its label where it has one. */
export const missionMembership = <M extends MembershipRef>(city: WithMemberships<M>): M | undefined =>
  city.memberships.find((m) => m.programme === 'eu-mission');

export const isMissionCity = (city: WithMemberships): boolean => missionMembership(city) !== undefined;

/** The cohort of the city's programme membership. */
export function cohortOf(city: WithMemberships, cohorts: readonly Cohort[]): Cohort | undefined {
  const membership = programmeMembership(city);
  return membership && cohorts.find((c) => c.id === membership.cohortId);
}

/** The name of the city's cohort in the reader's language; null outside the programme. */
export function cohortLabel(city: WithMemberships, cohorts: readonly Cohort[], lang: 'sv' | 'en'): string | null {
  return cohortOf(city, cohorts)?.label[lang] ?? null;
}

/** The cohorts of a programme that have members among `cities`, in the API's order. */
export function cohortsWithMembers(
  cities: readonly WithMemberships[],
  cohorts: readonly Cohort[],
  programme: Cohort['programme'] = 'kns2030',
): Cohort[] {
  const used = new Set(cities.flatMap((c) => c.memberships.map((m) => m.cohortId)));
  return cohorts.filter((c) => c.programme === programme && used.has(c.id));
}

/** The ids of `cities` in a cohort. */
export function idsInCohort(cities: readonly (WithMemberships & { id: string })[], cohortId: string): string[] {
  return cities.filter((c) => c.memberships.some((m) => m.cohortId === cohortId)).map((c) => c.id);
}

/** Twin cities with their partners: each pair once, the twin first. */
export function twinPairs(cities: readonly (WithMemberships & { id: string })[]): [string, string][] {
  return cities.flatMap((c) => {
    const partner = programmeMembership(c)?.partnerId;
    return partner ? [[c.id, partner] as [string, string]] : [];
  });
}
