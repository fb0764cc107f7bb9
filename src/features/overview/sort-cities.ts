/** Sorting of the overview table: pure, so it is tested without a DOM. */
import type { CitySummary } from '../../../contract/cities.ts';
import { compareNames } from '../../lib/format.ts';
import { programmeMembership } from '../../lib/roster.ts';

export const SORT_KEYS = [
  'name',
  'lan',
  'cohort',
  'contract',
  'latest',
  'perCapita',
  'change1990',
  'change2015',
  'target',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

const STATUS_ORDER = { signed: 0, 'letter-of-intent': 1, joined: 2, 'not-joined': 3 } as const;
/**
 * On track first, then off track, then the cities that cannot be held to a target of their own: the
 * order of TARGET_STANDINGS, written out because importing that value brings zod into the first page.
 */
const STANDING_ORDER = { 'on-track': 0, 'off-track': 1, 'not-assessed': 2, 'no-figure': 3, 'no-target': 4 } as const;

/** The value a column sorts by; null sorts last in both directions. */
function sortValue(city: CitySummary, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return city.name;
    case 'lan':
      return city.lan.name;
    case 'cohort':
      // Earliest members first.
      return programmeMembership(city)?.joinedOn ?? null;
    case 'contract':
      // Signed first, then by first signing date.
      return `${STATUS_ORDER[city.contract.status]}|${city.contract.firstSignedOn ?? '9999'}`;
    case 'latest':
      return city.latest?.tonnesCo2e ?? null;
    case 'perCapita':
      return city.latest?.tonnesPerCapita ?? null;
    case 'change1990':
      return city.changeSince1990Percent;
    case 'change2015':
      return city.changeSince2015Percent;
    case 'target':
      return STANDING_ORDER[city.assessment.targetStanding];
  }
}

export function sortCities(cities: readonly CitySummary[], key: SortKey, direction: SortDirection): CitySummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...cities].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) {
      if (va === vb) return compareNames(a.name, b.name);
      return va === null ? 1 : -1;
    }
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : compareNames(String(va), String(vb));
    return order === 0 ? compareNames(a.name, b.name) : sign * order;
  });
}

/** Numeric columns start high-to-low on first click; text columns start A–Ö. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'latest' || key === 'perCapita' ? 'desc' : 'asc';
}

export function parseSort(key: string | null, dir: string | null): { key: SortKey; direction: SortDirection } {
  const sortKey = (SORT_KEYS as readonly string[]).includes(key ?? '') ? (key as SortKey) : 'name';
  const direction = dir === 'asc' || dir === 'desc' ? dir : defaultDirection(sortKey);
  return { key: sortKey, direction };
}
