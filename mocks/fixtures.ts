/**
 * Recorded API answers (`npm run fixtures`). The types are the contract's; the
 * fixtures test parses every one with the contract schemas, so they cannot drift.
 */
import type {
  CitiesResponse,
  CityDetailResponse,
  ContractsResponse,
  EmissionsResponse,
  GeoResponse,
  MunicipalitiesResponse,
  ProgrammeComparison,
  PeersResponse,
  SectorChangesResponse,
  StandingsMeasure,
  StandingsResponse,
} from '../contract/index.ts';
import citiesJson from './fixtures/cities.json';
import citiesAllJson from './fixtures/cities-all.json';
import municipalitiesJson from './fixtures/municipalities.json';
import programmeComparisonJson from './fixtures/programme-comparison.json';
import cityDetailsJson from './fixtures/city-details.json';
import contractsJson from './fixtures/contracts.json';
import emissionsJson from './fixtures/emissions.json';
import geoJson from './fixtures/geo.json';
import peersJson from './fixtures/peers.json';
import sectorChangesJson from './fixtures/sector-changes.json';
import sectorsJson from './fixtures/sectors.json';
import standingsJson from './fixtures/standings.json';

export const fixtures = {
  /** GET /cities: the programme's members. */
  cities: citiesJson as CitiesResponse,
  /** GET /cities?scope=all: every municipality. */
  citiesAll: citiesAllJson as CitiesResponse,
  /** GET /municipalities: every municipality and its memberships. */
  municipalities: municipalitiesJson as MunicipalitiesResponse,
  /** GET /programme/comparison. */
  programmeComparison: programmeComparisonJson as ProgrammeComparison,
  cityDetails: cityDetailsJson as Record<string, CityDetailResponse>,
  contracts: contractsJson as ContractsResponse,
  emissions: emissionsJson as EmissionsResponse,
  geo: geoJson as GeoResponse,
  /** GET /cities/:id/peers, per city id. */
  peers: peersJson as Record<string, PeersResponse>,
  sectorChanges: sectorChangesJson as SectorChangesResponse,
  sectors: sectorsJson,
  /** One recorded answer per rank measure. */
  standings: standingsJson as Record<StandingsMeasure, StandingsResponse>,
};
