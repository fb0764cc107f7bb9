/**
 * The read model every read endpoint computes from: the whole published dataset of one
 * release, in memory. The domain owns these types; server/db/snapshot.ts fills them from
 * SQLite.
 */
import type { ContractSource, Release, Sector, Signing, Source, Target } from '../../contract/index.ts';

export interface Localized {
  sv: string;
  en: string;
}

export interface CityRecord {
  id: string;
  name: string;
  kommunkod: string;
  lan: { code: string; name: string };
  wave: 1 | 2 | null;
  joinedOn: string | null;
  location: { lat: number; lon: number; kind: 'town-centre' | 'area-centroid'; source: string };
}

export interface ContractVersionRecord {
  id: string;
  signingDay: string;
  note: Localized;
}

/** A city's population in one year, and where the figure comes from. */
export interface PopulationRecord {
  persons: number;
  sourceId: string;
}

export interface Snapshot {
  revision: string;
  release: Release;
  sources: Map<string, Source>;
  sectors: Sector[];
  cities: CityRecord[];
  cityById: Map<string, CityRecord>;
  /** city id → year → total t CO2e (current release). */
  totals: Map<string, Map<number, number>>;
  /** city id → year → sector id → t CO2e (current release). */
  sectorValues: Map<string, Map<number, Record<string, number>>>;
  /** city id → year → persons and source id. */
  population: Map<string, Map<number, PopulationRecord>>;
  contractVersions: ContractVersionRecord[];
  contractSources: ContractSource[];
  contractNote: Localized;
  signings: Signing[];
  /** city id → targets, in the curated order. */
  targets: Map<string, Target[]>;
}
