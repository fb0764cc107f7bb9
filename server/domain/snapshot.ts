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
  location: { lat: number; lon: number; kind: 'town-centre' | 'area-centroid'; source: string };
}

export type Programme = 'kns2030' | 'eu-mission';
export type DatePrecision = 'day' | 'month' | 'year';
export type Certainty = 'stated' | 'inferred';

/** A group of members who joined together (a wave, the 2024 pioneers or twins, the EU Mission's selection). */
export interface CohortRecord {
  id: string;
  programme: Programme;
  kind: 'wave' | 'pioneer' | 'twin' | 'mission';
  label: Localized;
  note: Localized;
}

export interface SourcedLink {
  url: string;
  title: Localized;
}

export interface MissionLabelRecord {
  awardedOn: string;
  precision: DatePrecision;
  certainty: Certainty;
  source: SourcedLink;
  note: Localized;
}

/** A municipality's membership of a programme (one per programme). */
export interface MembershipRecord {
  cityId: string;
  programme: Programme;
  cohortId: string;
  partnerId: string | null;
  /** The first day of what is known: `2019-01-01` with precision `year` is "2019". */
  joinedOn: string;
  joinedPrecision: DatePrecision;
  joinedCertainty: Certainty;
  leftOn: string | null;
  source: SourcedLink;
  note: Localized;
  missionLabel: MissionLabelRecord | null;
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
  /** Every municipality with figures, in Swedish order. */
  cities: CityRecord[];
  cityById: Map<string, CityRecord>;
  cohorts: CohortRecord[];
  /** Every membership of every programme, past and present. */
  memberships: MembershipRecord[];
  /**
   * The programme's members now (a Klimatneutrala städer 2030 membership that has not ended), in
   * Swedish order: the cities ranks, standings and the programme's figures are about.
   */
  members: CityRecord[];
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
  /**
   * Sweden's national total per year from SMHI's national series, with the release it belongs to;
   * null when the database has none.
   */
  national: { releaseId: string; origin: string; totals: Map<number, number> } | null;
  /** city id → targets, in the curated order. */
  targets: Map<string, Target[]>;
}
