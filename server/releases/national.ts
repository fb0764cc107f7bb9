/**
 * Sweden's national emissions per year and main sector from SMHI's national series (the
 * national row of Nationella emissionsdatabasen, Län = Kommun = "Alla"), stored with its
 * source and release. The importer bounds every municipality's figures by it
 * (plausibility.ts): no municipality can emit more than the whole country.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Db } from '../db/connection.ts';

export interface NationalYear {
  total: number;
  /** sector id → tonnes CO2e. */
  sectors: Map<string, number>;
}

export interface NationalSeries {
  /** The SMHI release the national figures belong to, e.g. `smhi-thru2024`. */
  releaseId: string;
  sourceId: string;
  origin: string;
  years: Map<number, NationalYear>;
}

const META_KEY = 'national_series';

export function insertNationalSeries(db: Db, national: NonNullable<Dataset['nationalEmissions']>): void {
  const insert = db.prepare('INSERT INTO national_emissions (year, sector_id, tonnes_co2e) VALUES (?, ?, ?)');
  for (const [year, tonnes] of Object.entries(national.totals)) insert.run(Number(year), null, tonnes);
  for (const [year, sectors] of Object.entries(national.sectors)) {
    for (const [sectorId, tonnes] of Object.entries(sectors)) insert.run(Number(year), sectorId, tonnes);
  }
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(
    META_KEY,
    JSON.stringify({ releaseId: national.releaseId, sourceId: national.sourceId, origin: national.origin }),
  );
}

/** The stored national series, or null when the database has none (a dataset built without it). */
export function readNationalSeries(db: Db): NationalSeries | null {
  const meta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(META_KEY);
  if (!meta) return null;
  const { releaseId, sourceId, origin } = JSON.parse(meta.value) as Pick<
    NationalSeries,
    'releaseId' | 'sourceId' | 'origin'
  >;
  const years = new Map<number, NationalYear>();
  const year = (y: number) => {
    let entry = years.get(y);
    if (!entry) years.set(y, (entry = { total: 0, sectors: new Map() }));
    return entry;
  };
  const rows = db
    .prepare<[], { year: number; sector_id: string | null; tonnes_co2e: number }>(
      'SELECT year, sector_id, tonnes_co2e FROM national_emissions',
    )
    .iterate();
  for (const row of rows) {
    if (row.sector_id === null) year(row.year).total = row.tonnes_co2e;
    else year(row.year).sectors.set(row.sector_id, row.tonnes_co2e);
  }
  return years.size > 0 ? { releaseId, sourceId, origin, years } : null;
}

/** Whether the database holds a national series. */
export function hasNationalSeries(db: Db): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').get(META_KEY) !== undefined;
}
