/**
 * The programme as a relation over all municipalities (issue 18). A city is a member of a
 * programme on a day when its membership began on or before that day (`joinedOn` is the first
 * day of what is known: "2019" counts from 1 January 2019, "October 2021" from 1 October) and
 * had not ended (`leftOn` is the first day it was no longer a member).
 */
import type { CityRecord, MembershipRecord, Programme, Snapshot } from './snapshot.ts';

export const PROGRAMME: Programme = 'kns2030';

export const isMemberOn = (membership: Pick<MembershipRecord, 'joinedOn' | 'leftOn'>, day: string): boolean =>
  membership.joinedOn <= day && (membership.leftOn === null || day < membership.leftOn);

/** Whether the membership is current: it has not ended (a member who left is a former member). */
export const isCurrent = (membership: MembershipRecord): boolean => membership.leftOn === null;

/** The programme's members now, in the order of `cities`. */
export function currentMembers(
  cities: readonly CityRecord[],
  memberships: readonly MembershipRecord[],
  programme: Programme = PROGRAMME,
): CityRecord[] {
  const ids = new Set(memberships.filter((m) => m.programme === programme && isCurrent(m)).map((m) => m.cityId));
  return cities.filter((city) => ids.has(city.id));
}

/** The programme's members on `day`, in Swedish order. */
export function membersOn(snapshot: Snapshot, day: string, programme: Programme = PROGRAMME): CityRecord[] {
  const ids = new Set(
    snapshot.memberships.filter((m) => m.programme === programme && isMemberOn(m, day)).map((m) => m.cityId),
  );
  return snapshot.cities.filter((city) => ids.has(city.id));
}

/** A city's memberships, one per programme. */
export function membershipsOf(snapshot: Snapshot, cityId: string): MembershipRecord[] {
  return snapshot.memberships.filter((m) => m.cityId === cityId);
}

export function membershipOf(
  snapshot: Snapshot,
  cityId: string,
  programme: Programme = PROGRAMME,
): MembershipRecord | undefined {
  return snapshot.memberships.find((m) => m.cityId === cityId && m.programme === programme);
}
