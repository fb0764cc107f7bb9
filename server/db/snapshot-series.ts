/**
 * The snapshot's per-city series, read from SQLite: a release's totals and sector values
 * per year, and the population per year (server/domain/snapshot.ts says what they hold).
 */
import type { PopulationRecord, Snapshot } from '../domain/snapshot.ts';
import type { Db } from './connection.ts';
import type { FigureRow, SectorFigureRow } from './rows.ts';

interface PopulationRow {
  city_id: string;
  year: number;
  persons: number;
  source_id: string;
}

function nested<V>(map: Map<string, Map<number, V>>, id: string): Map<number, V> {
  let inner = map.get(id);
  if (!inner) {
    inner = new Map();
    map.set(id, inner);
  }
  return inner;
}

/** city id → year → total t CO2e of the release. */
export function readTotals(db: Db, releaseId: string): Snapshot['totals'] {
  const totals = new Map<string, Map<number, number>>();
  const rows = db
    .prepare<[string], FigureRow>(
      'SELECT city_id, year, tonnes_co2e FROM emission_totals WHERE release_id = ? ORDER BY year',
    )
    .iterate(releaseId);
  for (const row of rows) nested(totals, row.city_id).set(row.year, row.tonnes_co2e);
  return totals;
}

/** city id → year → sector id → t CO2e of the release, sectors in their curated order. */
export function readSectorValues(db: Db, releaseId: string): Snapshot['sectorValues'] {
  const sectorValues = new Map<string, Map<number, Record<string, number>>>();
  const rows = db
    .prepare<[string], SectorFigureRow>(
      'SELECT e.city_id, e.year, e.sector_id, e.tonnes_co2e FROM emissions e JOIN sectors s ON s.id = e.sector_id WHERE e.release_id = ? ORDER BY e.year, s.position',
    )
    .iterate(releaseId);
  for (const row of rows) {
    const years = nested(sectorValues, row.city_id);
    const values = years.get(row.year) ?? {};
    values[row.sector_id] = row.tonnes_co2e;
    years.set(row.year, values);
  }
  return sectorValues;
}

/** city id → year → persons and source id. */
export function readPopulation(db: Db): Snapshot['population'] {
  const population = new Map<string, Map<number, PopulationRecord>>();
  const rows = db
    .prepare<[], PopulationRow>('SELECT city_id, year, persons, source_id FROM population ORDER BY year')
    .iterate();
  for (const row of rows)
    nested(population, row.city_id).set(row.year, { persons: row.persons, sourceId: row.source_id });
  return population;
}
