/**
 * What the soak's coordinators (soak-coordinators.ts) and their audit check (soak-audit.ts)
 * share: the city and signing they edit, their records, and the admin read of a resource.
 */
import type { CitySigningsResponse, CityTargetsResponse } from '../../contract/index.ts';

export const CITY = 'lund';
export const SIGNING = { versionId: '2023', kind: 'contract' } as const;

export type Resource = 'targets' | 'signings';

export interface CoordinatorSummary {
  coordinators: number;
  city: string;
  rounds: number;
  /** Every write sent (a 429's retry not counted again). */
  writes: number;
  landed: number;
  refused: number;
  byStatus: Record<string, number>;
  /** 429s waited out and retried. */
  throttled: number;
  audit: { landedEntries: number; refusedEntries: number };
  /** Writes the audit log or the stored state does not account for, in words; empty when none was lost. */
  problems: string[];
  ok: boolean;
}

export interface Coordinator {
  name: string;
  token: string;
  /** Its last read's version of each resource. */
  version: Record<Resource, string>;
}

export interface Write {
  by: string;
  resource: Resource;
  /** Unique text the write puts in the resource, to find it in the audit log and the stored state. */
  marker: string;
  status: number;
  auditId: number | null;
}

/** The admin API's answers for the city's two resources. */
export interface State {
  targets: CityTargetsResponse;
  signings: CitySigningsResponse;
}

/** GET one of the city's admin resources with this token. */
export async function read<R extends Resource>(baseUrl: string, token: string, resource: R): Promise<State[R]> {
  const res = await fetch(`${baseUrl}/api/v1/admin/cities/${CITY}/${resource}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`GET ${resource} of ${CITY}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as State[R];
}
